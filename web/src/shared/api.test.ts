import { afterEach, describe, expect, it, vi } from 'vitest';
import { TypedDocumentString } from '../gql/graphql';
import { ApiError, onUnauthenticated, request } from './api';
import { errorReply, mockGraphQL } from './testing';

/** A typed document of its own: shared code (tests included) imports no feature folder. */
const TestQuery = new TypedDocumentString<{ organisation: { id: string; name: string } }, { id: string }>('query OrganisationOptionById($id: ID!) { organisation(id: $id) { id name } }');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request', () => {
  it('posts JSON to /graphql with the session cookie and returns typed data', async () => {
    const calls = mockGraphQL(() => ({ data: { organisation: { id: 'o1', name: '青禾省', code: 'QH', depth: 0, kind: 'PROVINCE' } } }));
    const data = await request(TestQuery, { id: 'o1' });
    expect(data.organisation.name).toBe('青禾省');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.operationName).toBe('OrganisationOptionById');
    expect(calls[0]?.variables).toEqual({ id: 'o1' });
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('application/json');
  });

  it('throws an ApiError with the code, message and fields of the first error', async () => {
    mockGraphQL(() => errorReply('VALIDATION', { fields: [{ field: 'input.username', messages: ['is already taken'] }] }, 'Invalid'));
    const error = await request(TestQuery, { id: 'o1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('VALIDATION');
    expect((error as ApiError).message).toBe('Invalid');
    expect((error as ApiError).fields).toEqual([{ field: 'input.username', messages: ['is already taken'] }]);
  });

  it('turns an unknown code into INTERNAL and a failed fetch into NETWORK', async () => {
    mockGraphQL(() => errorReply('SOMETHING_NEW'));
    await expect(request(TestQuery, { id: 'o1' })).rejects.toMatchObject({ code: 'INTERNAL' });
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(request(TestQuery, { id: 'o1' })).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('tells listeners when the session has ended', async () => {
    mockGraphQL(() => errorReply('UNAUTHENTICATED'));
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    await expect(request(TestQuery, { id: 'o1' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
