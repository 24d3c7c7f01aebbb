import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit, RateLimitedField } from '../config.js';
import type { GraphQLContext } from './context.js';

/**
 * Request rate limits on the operations anyone can call without an account —
 * signing in, reading and objecting to public notices — per client address
 * (the real one behind a proxy with TRUST_PROXY). Counted in PostgreSQL, so
 * every server process shares one count. Brute force against one account is
 * answered separately, and more finely, by the sign-in throttle.
 */
export function rateLimitPlugin(pool: Pool, limits: Record<RateLimitedField, RateLimit>): ApolloServerPlugin<GraphQLContext> {
  const limiters = new Map(
    (Object.entries(limits) as Array<[RateLimitedField, RateLimit]>).map(([field, limit]) => [
      field,
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        keyPrefix: field,
        points: limit.points,
        duration: limit.durationSeconds,
        clearExpiredByTimeout: false,
      }),
    ]),
  );
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const address = contextValue.req.ip ?? 'unknown';
          for (const field of rootFields(operation)) {
            const limiter = limiters.get(field as RateLimitedField);
            if (!limiter) continue;
            try {
              await limiter.consume(address);
            } catch (rejection) {
              if (!(rejection instanceof RateLimiterRes)) throw rejection;
              const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
              throw new GraphQLError(`Too many requests from this address: please wait ${retryAfterSeconds} s and try again`, {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfterSeconds,
                  http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
                },
              });
            }
          }
        },
      };
    },
  };
}

function rootFields(operation: OperationDefinitionNode | undefined): string[] {
  if (!operation) return [];
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}
