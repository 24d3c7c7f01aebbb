import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';

/** When the request reached the server (performance.now()), kept on the response's locals by `markArrival`. */
const ARRIVED = 'serverTimingArrivedAt';

/** Notes when a request arrived, before its body is read: the start of its `Server-Timing`. */
export function markArrival(_req: Request, res: Response, next: NextFunction): void {
  res.locals[ARRIVED] = performance.now();
  next();
}

/**
 * `Server-Timing: app;dur=…` on every GraphQL answer: the milliseconds the
 * server spent on it from its arrival (body, session, execution) until the
 * answer was ready, as browsers' developer tools and scripts/bench/web.ts
 * read it — the server's own time, apart from the network and the client.
 */
export const serverTimingPlugin: ApolloServerPlugin<{ res: Response }> = {
  async requestDidStart({ contextValue }) {
    return {
      async willSendResponse({ response }) {
        const arrived = contextValue.res?.locals?.[ARRIVED] as number | undefined;
        if (typeof arrived === 'number') response.http.headers.set('server-timing', `app;dur=${(performance.now() - arrived).toFixed(1)}`);
      },
    };
  },
};
