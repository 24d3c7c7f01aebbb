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
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
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

/** Whether a value of `type` can hold a list anywhere inside it: a list type, or an input object reaching one. */
function canHoldList(type: GraphQLInputType, memo: Map<GraphQLInputType, boolean>): boolean {
  const known = memo.get(type);
  if (known !== undefined) return known;
  const seen = new Set<GraphQLInputType>();
  const reaches = (t: GraphQLInputType): boolean => {
    const inner = getNullableType(t);
    if (isListType(inner)) return true;
    if (!isInputObjectType(inner) || seen.has(inner)) return false;
    seen.add(inner);
    return Object.values(inner.getFields()).some((f) => reaches(f.type));
  };
  const holds = reaches(type);
  memo.set(type, holds);
  return holds;
}

/** A field of a document whose arguments can hold a list: what the check looks at on every request of that document. */
interface ListField {
  node: FieldNode;
  def: GraphQLField<unknown, unknown>;
  parentName: string;
  args: GraphQLArgument[];
}

/**
 * Refuses, before any resolver runs, an operation that sends a list longer
 * than its bound (list-bounds.ts INPUT_LIST_MAX): VALIDATION naming the field,
 * as class-validator's ArrayMaxSize would, also for lists that are plain
 * arguments, which class-validator does not see. Which fields of a document
 * take arguments that can hold a list depends only on the document, so that
 * walk is done once per document (Apollo hands us the same parsed document
 * for the same query text); the lists themselves are measured on every request.
 */
export function inputListLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const holdsList = new Map<GraphQLInputType, boolean>();
  const byDocument = new WeakMap<DocumentNode, ListField[]>();
  const listFields = (document: DocumentNode): ListField[] => {
    let fields = byDocument.get(document);
    if (fields) return fields;
    const found: ListField[] = [];
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          if (!node.arguments?.length) return;
          const def = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!def || !parent) return;
          const args = def.args.filter((arg) => canHoldList(arg.type, holdsList));
          if (args.length > 0) found.push({ node, def, parentName: parent.name, args });
        },
      }),
    );
    fields = found;
    byDocument.set(document, fields);
    return fields;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const fields = listFields(document);
          if (fields.length === 0) return;
          const variables = request.variables ?? {};
          let found: TooLong | null = null;
          for (const { node, def, parentName, args } of fields) {
            let values: Record<string, unknown>;
            try {
              values = getArgumentValues(def, node, variables);
            } catch {
              continue; // Execution reports an argument that does not coerce.
            }
            for (const arg of args) {
              found = firstTooLong(values[arg.name], arg.type, `${parentName}.${def.name}(${arg.name})`, arg.name);
              if (found) break;
            }
            if (found) break;
          }
          if (found) {
            const { field, max } = found;
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
