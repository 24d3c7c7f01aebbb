import { graphql } from '../gql';
import type { SignInOptionsQuery } from '../gql/graphql';
import { request } from '../shared/api';

const SignInOptionsDocument = graphql(`
  query SignInOptions {
    signInOptions {
      identityProvider {
        displayName
        startPath
        issuer
        passwordForLinkedAccounts
      }
    }
  }
`);

export type IdentityProvider = NonNullable<SignInOptionsQuery['signInOptions']['identityProvider']>;

/** The organisation's identity provider when sign-in through it is on, else null (also when the question fails: the password form still works). */
export async function loadIdentityProvider(): Promise<IdentityProvider | null> {
  try {
    return (await request(SignInOptionsDocument, {})).signInOptions.identityProvider ?? null;
  } catch {
    return null;
  }
}

/** Where the button sends the browser: the server's start route, with the page to come back to. */
export function startHref(provider: IdentityProvider, redirect: string | null): string {
  return redirect ? `${provider.startPath}?redirect=${encodeURIComponent(redirect)}` : provider.startPath;
}

/** The reasons the callback sends back in ?oidcError= (server/auth/oidc/identity.service.ts OIDC_REFUSALS). */
export const OIDC_REFUSALS = ['UNKNOWN_SUBJECT', 'ACCOUNT_DISABLED', 'BAD_STATE', 'PROVIDER_ERROR', 'RATE_LIMITED', 'UNAVAILABLE'] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];
export const isOidcRefusal = (value: unknown): value is OidcRefusal => typeof value === 'string' && (OIDC_REFUSALS as readonly string[]).includes(value);
