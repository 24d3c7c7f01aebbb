import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from './context.js';

/** What a session whose password must be changed may still ask: who am I, the policy, the change itself, and signing out. */
export const OPEN_DURING_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['me', 'passwordPolicy', 'changePassword', 'signOut', 'endSession', '__typename']);

/** The root fields of an operation, through inline fragments and fragment spreads. */
export function rootFieldNames(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): string[] =>
    set.selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s.name.value];
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return [];
      seen.add(s.name.value);
      return walk(fragment.selectionSet);
    });
  return walk(selectionSet);
}

/**
 * A session whose account must change its password (a one-time password was
 * handed out, or the policy's expiry ran out) is answered only for the
 * operations in OPEN_DURING_PASSWORD_CHANGE; anything else is refused before
 * it runs with PASSWORD_CHANGE_REQUIRED (HTTP 403) and `reason`.
 */
export const passwordChangeGatePlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, contextValue }) {
        const reason = contextValue.viewer?.passwordChangeRequired;
        if (!reason || !operation) return;
        const refused = rootFieldNames(operation.selectionSet, document).filter((name) => !OPEN_DURING_PASSWORD_CHANGE.has(name));
        if (refused.length === 0) return;
        throw new GraphQLError('Please change your password first: until then only me, passwordPolicy, changePassword, signOut and endSession are answered', {
          extensions: { code: 'PASSWORD_CHANGE_REQUIRED', reason, http: { status: 403 } },
        });
      },
    };
  },
};
