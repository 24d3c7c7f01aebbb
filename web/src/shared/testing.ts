/**
 * Helpers for the component tests (imported only by *.test.ts files): a fake
 * GraphQL endpoint on `fetch`, and the plugins a page needs (i18n, router).
 */
import { vi } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import type { ViewerFieldsFragment as Viewer } from '../gql/graphql';
import { createAppI18n, type AppLocale } from './i18n';

export interface GraphQLCall {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  init: RequestInit;
}

type Reply = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/**
 * Replaces `fetch` with a GraphQL endpoint answered by `handler` (by operation
 * name). Returns the calls made, for assertions.
 */
export function mockGraphQL(handler: (call: GraphQLCall) => Reply | Promise<Reply>): GraphQLCall[] {
  const calls: GraphQLCall[] = [];
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { query: string; variables?: Record<string, unknown> };
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const call: GraphQLCall = { operationName, query: body.query, variables: body.variables ?? {}, init: init ?? {} };
    calls.push(call);
    const reply = await handler(call);
    return new Response(JSON.stringify(reply), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

/** A GraphQL error reply with a code. */
export function errorReply(code: string, extensions: Record<string, unknown> = {}, message = code): Reply {
  return { errors: [{ message, extensions: { code, ...extensions } }], data: null };
}

export function testI18n(locale: AppLocale = 'zh-CN') {
  return createAppI18n(locale);
}

/** A router with the given paths, each rendering nothing. */
export function testRouter(paths: string[] = ['/']): Router {
  const Blank = { render: () => null };
  return createRouter({
    history: createMemoryHistory(),
    routes: [...new Set(['/', ...paths])].map((path) => ({ path, component: Blank })),
  });
}

export function viewerWith(overrides: Partial<Viewer> = {}): Viewer {
  return {
    userId: 'u-1',
    username: 'orgadmin',
    displayName: '省委组织部 考核办',
    cadreId: null,
    permissions: [],
    passwordChangeRequired: null,
    grants: [],
    ...overrides,
  };
}

/** Lets pending promises (fetch mocks, awaits in components) settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Polls until `check` passes (Element Plus debounces some states, e.g. field errors). */
export async function waitFor(check: () => void, timeoutMs = 1000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
