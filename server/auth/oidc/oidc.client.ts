import * as client from 'openid-client';
import type { OidcSettings } from '../../config.js';

/** Plain http is accepted only for a provider on this machine (a test or a local development provider). */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * The relying party's view of the provider: its discovery document, read
 * once per process on first use (openid-client), and tried again after a
 * failure so that a provider that was down does not need a restart.
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  config(): Promise<client.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.issuer);
      const auth = this.settings.clientSecret ? client.ClientSecretBasic(this.settings.clientSecret) : client.None();
      this.configuration = client.discovery(issuer, this.settings.clientId, undefined, auth, {
        execute: issuer.protocol === 'http:' && isLoopback(issuer) ? [client.allowInsecureRequests] : [],
        timeout: 10,
      });
      this.configuration.catch(() => (this.configuration = null));
    }
    return this.configuration;
  }

  /** The scopes asked for: the configured ones, always with openid. */
  get scope(): string {
    const scopes = new Set(this.settings.scopes.split(/[\s,]+/).filter(Boolean));
    scopes.add('openid');
    return [...scopes].join(' ');
  }

  /** A new authorization request: the URL to send the browser to, and the secrets the callback is checked against. */
  async start(redirectUri: string) {
    const config = await this.config();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.scope,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, codeVerifier, state, nonce };
  }

  /**
   * Exchanges the code of the callback URL (PKCE verifier, state, nonce, the
   * issuer of RFC 9207 and the ID token all checked by openid-client) and
   * returns the ID token's issuer, subject and claims. When the claim to match
   * accounts by is not in the ID token (providers put profile claims there
   * only on request), it is read from the UserInfo endpoint, for the same subject.
   */
  async finish(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }) {
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const claims: Record<string, unknown> = { ...tokens.claims()! };
    const wanted = this.settings.matchClaim;
    if (wanted && claims[wanted] === undefined && config.serverMetadata().userinfo_endpoint) {
      const userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub as string);
      for (const [name, value] of Object.entries(userInfo)) if (!(name in claims)) claims[name] = value;
    }
    return { issuer: claims.iss as string, subject: claims.sub as string, claims, idToken: tokens.id_token ?? null };
  }

  /**
   * Where to send the browser to sign out at the provider too (RP-initiated
   * logout: the session's ID token as `id_token_hint`, then back to
   * `postLogoutRedirectUri`, which must be registered at the provider), or
   * null when the provider's discovery document names no end-session
   * endpoint.
   */
  async signOutUrl(idToken: string, postLogoutRedirectUri: string): Promise<URL | null> {
    const config = await this.config();
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri, client_id: this.settings.clientId });
  }
}
