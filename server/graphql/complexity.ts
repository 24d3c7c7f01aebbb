import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// The ESM build of graphql-query-complexity imports 'graphql/index.mjs', a second copy of
// graphql next to the CommonJS one everything else here shares ("Cannot use GraphQLSchema
// from another module or realm"). Its CommonJS build uses the shared copy.
const require = createRequire(import.meta.url);
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = require('graphql-query-complexity') as typeof QueryComplexity;

/**
 * A list field costs its page size times what each item costs: `first: 200`
 * of a connection with a nested connection of `first: 200` is 40,000 items,
 * whatever the query's text length.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  // Pages are capped at 200 by validation, which reports a larger `first` by name.
  const first = typeof args.first === 'number' ? Math.min(args.first, 200) : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(1, childComplexity);
};

/** Refuses an operation whose estimated cost exceeds `maxCost`, before any resolver runs. */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [pageSizeEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`This query is too costly: estimated ${cost}, the limit is ${maxCost}. Ask for fewer items or fields.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
