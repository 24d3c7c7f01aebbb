import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  getArgumentValues,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { AppError } from '../common/errors.js';
import { INPUT_LIST_MAX } from './list-bounds.js';

/** A list the table does not name (the schema test keeps there being none) holds at most this many. */
export const DEFAULT_INPUT_LIST_MAX = 1000;

interface TooLong {
  field: string;
  max: number;
}

/** The first list in `value` (of `type`) longer than its bound; `key` names the list when `type` is one. */
function firstTooLong(value: unknown, type: GraphQLInputType, key: string, field: string): TooLong | null {
  const inner = getNullableType(type);
  if (value === null || value === undefined) return null;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return null;
    const max = INPUT_LIST_MAX[key] ?? DEFAULT_INPUT_LIST_MAX;
    if (value.length > max) return { field, max };
    for (const item of value) {
      const found = firstTooLong(item, inner.ofType as GraphQLInputType, key, field);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner) && typeof value === 'object') {
    for (const [name, f] of Object.entries(inner.getFields())) {
      const found = firstTooLong((value as Record<string, unknown>)[name], f.type, `${inner.name}.${name}`, name);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses, before any resolver runs, an operation that sends a list longer
 * than its bound (list-bounds.ts INPUT_LIST_MAX): VALIDATION naming the field,
 * as class-validator's ArrayMaxSize would, also for lists that are plain
 * arguments, which class-validator does not see.
 */
export function inputListLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variables = request.variables ?? {};
          const typeInfo = new TypeInfo(schema);
          let found: TooLong | null = null;
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Field(node) {
                if (found || !node.arguments?.length) return;
                const def = typeInfo.getFieldDef();
                const parent = typeInfo.getParentType();
                if (!def || !parent) return;
                let values: Record<string, unknown>;
                try {
                  values = getArgumentValues(def, node, variables);
                } catch {
                  return; // Execution reports an argument that does not coerce.
                }
                for (const arg of def.args) {
                  found = firstTooLong(values[arg.name], arg.type, `${parent.name}.${def.name}(${arg.name})`, arg.name);
                  if (found) return;
                }
              },
            }),
          );
          if (found) {
            const { field, max } = found as TooLong;
            const message = `${field} must contain no more than ${max} elements`;
            throw new GraphQLError(`Invalid input — ${field}: ${message}`, {
              originalError: new AppError('VALIDATION', `Invalid input — ${field}: ${message}`, { fields: [{ field, messages: [message] }] }),
              extensions: { code: 'VALIDATION', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
