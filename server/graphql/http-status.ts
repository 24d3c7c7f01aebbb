import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../common/errors.js';

/** Codes that mean the server failed, not the request. */
const SERVER_FAULTS = new Set(['INTERNAL', 'SERVICE_UNAVAILABLE']);

/**
 * Apollo answers HTTP 500 to a request refused before execution by a plugin
 * or a parser limit (graphql-armor's token and alias limits) although the
 * error is the client's. Once errors are formatted this sets the status the
 * codes call for: 400 when every error is the client's, 503 with Retry-After
 * when the database is away. Execution results keep their 200.
 */
export const httpStatusPlugin: ApolloServerPlugin<never> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.length === 0) return;
        const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL'));
        if (codes.includes('SERVICE_UNAVAILABLE') && (response.http.status ?? 200) >= 500) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          return;
        }
        if (response.http.status === 500 && codes.every((c) => !SERVER_FAULTS.has(c))) response.http.status = 400;
      },
    };
  },
};
