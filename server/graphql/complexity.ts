import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
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

/** The variables a document passes as a page size (`first: $n`): the only ones its cost depends on. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, before any
 * resolver runs. The estimate depends only on the document, the operation
 * and the page-size variables (field costs are static), so it is computed
 * once per such combination: Apollo hands us the same parsed document for
 * the same query text.
 */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const estimators = [pageSizeEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  const cache = new WeakMap<DocumentNode, { pageVariables: string[]; costs: Map<string, number> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let entry = cache.get(document);
          if (!entry) {
            entry = { pageVariables: pageSizeVariables(document), costs: new Map() };
            cache.set(document, entry);
          }
          const variables = request.variables ?? {};
          const key = `${request.operationName ?? ''}|${entry.pageVariables.map((name) => String(variables[name])).join('|')}`;
          let cost = entry.costs.get(key);
          if (cost === undefined) {
            cost = getComplexity({ schema, query: document, operationName: request.operationName ?? undefined, variables, estimators });
            // A document's combinations of page sizes are few; the bound keeps a hostile client from growing it.
            if (entry.costs.size < 100) entry.costs.set(key, cost);
          }
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
