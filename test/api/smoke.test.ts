import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('smoke', () => {
  it('answers __typename', async () => {
    const res = await t.gql(`{ __typename }`);
    expect(res.data).toEqual({ __typename: 'Query' });
  });
});
