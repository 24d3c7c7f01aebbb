import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { listRules } from './list-bounds.js';

// The ESM build of graphql-query-complexity imports 'graphql/index.mjs', a second copy of
// graphql next to the CommonJS one everything else here shares ("Cannot use GraphQLSchema
// from another module or realm"). Its CommonJS build uses the shared copy.
const require = createRequire(import.meta.url);
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = require('graphql-query-complexity') as typeof QueryComplexity;

/**
 * A list field costs its bound times what each item costs (list-bounds.ts):
 * `first: 200` of a connection with a nested connection of `first: 200` is
 * 40,000 items, whatever the query's text length; a list without a page size
 * counts its declared maximum, an enum list its values. The items of a page
 * (`nodes`, `edges`) are counted by the page's `first`, once.
 */
export function listBoundEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const rules = listRules(schema);
  return ({ type, field, args, childComplexity }) => {
    const rule = rules.get(`${type.name}.${field.name}`);
    if (!rule) return undefined;
    const each = Math.max(1, childComplexity);
    switch (rule.kind) {
      case 'page': {
        // A larger `first` is refused by validation, which names it; the estimate uses the cap.
        const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 0), rule.max) : rule.max;
        return 1 + first * each;
      }
      case 'pageItems':
        return 1 + childComplexity;
      case 'enum':
        return 1 + rule.max * each;
      case 'fixed':
        return 1 + Math.min(rule.sizeOf?.(args) ?? rule.max, rule.max) * each;
    }
  };
}

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
 * Lets at most `slots` heavy requests run at once; `maxWaiting` more wait
 * their turn, in order; beyond that `acquire` refuses. A heavy request holds
 * the event loop for tens of milliseconds at a time: run side by side, they
 * queue everything else in the process (a health check, the next light
 * request) behind all of them at once.
 */
export class HeavyGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly slots: number,
    readonly maxWaiting: number,
  ) {}

  /** Resolves with the release once a slot is free; null when the queue is full. */
  async acquire(): Promise<(() => void) | null> {
    if (this.running < this.slots) this.running++;
    else if (this.waiting.length >= this.maxWaiting) return null;
    // The slot is handed over by release(): `running` counts it already.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }

  get busy(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** Seconds a client refused for a full heavy-request queue is asked to wait. */
const HEAVY_RETRY_SECONDS = 2;

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, before any
 * resolver runs. The estimate depends only on the document, the operation
 * and the page-size variables (field costs are static), so it is computed
 * once per such combination: Apollo hands us the same parsed document for
 * the same query text.
 */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number, heavy?: { cost: number; gate: HeavyGate }): ApolloServerPlugin {
  const estimators = [fieldExtensionsEstimator(), listBoundEstimator(schema), simpleEstimator({ defaultComplexity: 1 })];
  const cache = new WeakMap<DocumentNode, { pageVariables: string[]; costs: Map<string, number> }>();
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      return {
        async willSendResponse() {
          release?.();
        },
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
            try {
              cost = getComplexity({ schema, query: document, operationName: request.operationName ?? undefined, variables, estimators });
            } catch (error) {
              // Variables that do not coerce (a required input field left out, a wrong type): the input's fault, said as execution would say it.
              throw new GraphQLError(error instanceof Error ? error.message : 'The variables do not fit the operation', {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
            // A document's combinations of page sizes are few; the bound keeps a hostile client from growing it.
            if (entry.costs.size < 100) entry.costs.set(key, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(`This query is too costly: estimated ${cost}, the limit is ${maxCost}. Ask for fewer items or fields.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
            });
          }
          if (heavy && cost >= heavy.cost) {
            release = await heavy.gate.acquire();
            if (!release) {
              throw new GraphQLError(`Too many costly requests are waiting on this server: please wait ${HEAVY_RETRY_SECONDS} s and try again, or ask for fewer items`, {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfterSeconds: HEAVY_RETRY_SECONDS,
                  http: { status: 429, headers: new Map([['retry-after', String(HEAVY_RETRY_SECONDS)]]) },
                },
              });
            }
          }
        },
      };
    },
  };
}
