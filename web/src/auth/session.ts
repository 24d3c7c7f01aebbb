import { computed, shallowRef } from 'vue';
import { graphql } from '../gql';
import type { ViewerFieldsFragment } from '../gql/graphql';
import { request } from '../shared/api';

export const ViewerFields = graphql(`
  fragment ViewerFields on ViewerView {
    userId
    username
    displayName
    cadreId
    permissions
    passwordChangeRequired
    grants {
      role
      organisation {
        id
        name
      }
    }
  }
`);

const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`);

const EndSessionMutation = graphql(`
  mutation EndSession {
    endSession {
      providerSignOutUrl
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

const viewer = shallowRef<Viewer | null>(null);
const loaded = shallowRef(false);
let loading: Promise<Viewer | null> | null = null;

/** Does the viewer hold `permission` anywhere? The server decides what it means; the web only shows or hides. */
export function hasPermission(who: Pick<Viewer, 'permissions'> | null | undefined, permission: string): boolean {
  return !!who && who.permissions.includes(permission);
}

/** Asks the server who is signed in (once; later calls share the answer until `reload`). */
export function loadViewer(reload = false): Promise<Viewer | null> {
  if (loaded.value && !reload) return Promise.resolve(viewer.value);
  if (loading && !reload) return loading;
  const pending = request(MeQuery)
    .then((data) => {
      viewer.value = data.me;
      return data.me;
    })
    .catch((error: unknown) => {
      // An anonymous visitor gets null, never an error; anything else is a real failure.
      viewer.value = null;
      throw error;
    })
    .finally(() => {
      loaded.value = true;
      if (loading === pending) loading = null;
    });
  loading = pending;
  return pending;
}

export async function signIn(username: string, password: string): Promise<Viewer> {
  const data = await request(SignInMutation, { input: { username, password } });
  viewer.value = data.signIn.viewer;
  loaded.value = true;
  return data.signIn.viewer;
}

/**
 * Ends the session on the server and forgets it here. Answers where to send
 * the browser next to sign out at the organisation's identity provider too
 * (a session opened there), or null.
 */
export async function signOut(): Promise<string | null> {
  try {
    return (await request(EndSessionMutation)).endSession.providerSignOutUrl ?? null;
  } finally {
    clearSession();
  }
}

/** Takes the viewer a mutation answered with (after changing the password, the forced change is lifted). */
export function updateViewer(value: Viewer): void {
  viewer.value = value;
  loaded.value = true;
}

/** Forgets the viewer locally (after sign-out, or when the server says the session ended). */
export function clearSession(): void {
  viewer.value = null;
  loaded.value = true;
}

/** For tests: sets the viewer without a request. */
export function setViewerForTest(value: Viewer | null): void {
  viewer.value = value;
  loaded.value = true;
}

/** The session as a composable: the viewer, and what they may see. */
export function useSession() {
  return {
    viewer: computed(() => viewer.value),
    loaded: computed(() => loaded.value),
    signedIn: computed(() => viewer.value !== null),
    can: (permission: string) => hasPermission(viewer.value, permission),
    hasRole: (role: string) => !!viewer.value?.grants.some((g) => g.role === role),
  };
}
