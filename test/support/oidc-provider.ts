import http from 'node:http';
import Provider from 'oidc-provider';

export const TEST_CLIENT = { clientId: 'cadre-assessment', clientSecret: 'a-test-client-secret-of-some-length' };

/** Extra claims of a test subject (a subject not listed gets only sub and preferred_username). */
export type SubjectClaims = Record<string, Record<string, string>>;

export interface TestOidcProvider {
  /** The issuer URL, http://127.0.0.1:<port>. */
  issuer: string;
  /** Registers the app's callback as the static client's redirect URI (and its /sign-in as the post-logout one) and starts answering. */
  register: (redirectUri: string) => void;
  close: () => Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1, started by the
 * test: its own login page (devInteractions: any login, any password; the
 * login becomes the subject), one static confidential client that must use
 * PKCE, and consent taken as given (as an organisation's provider does for its
 * own applications). The port is known before the app starts (its issuer goes
 * into the app's settings); the client is registered once the app's port is
 * known.
 */
export async function startOidcProvider(claims: SubjectClaims = {}): Promise<TestOidcProvider> {
  const server = http.createServer((_req, res) => {
    res.writeHead(503).end('not registered yet');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const issuer = `http://127.0.0.1:${port}`;
  return {
    issuer,
    register(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: TEST_CLIENT.clientId,
            client_secret: TEST_CLIENT.clientSecret,
            redirect_uris: [redirectUri],
            // Where it sends the browser back after signing it out (RP-initiated logout): the app's sign-in page.
            post_logout_redirect_uris: [`${new URL(redirectUri).origin}/sign-in`],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        pkce: { required: () => true },
        ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
        cookies: { keys: ['a-test-cookie-signing-key'] },
        claims: { openid: ['sub'], profile: ['preferred_username', 'name', 'employee_no'] },
        findAccount: (_ctx, sub) => ({
          accountId: sub,
          claims: () => ({ sub, preferred_username: sub, ...claims[sub] }),
        }),
        loadExistingGrant: async (ctx) => {
          const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
          grant.addOIDCScope('openid profile');
          await grant.save();
          return grant;
        },
      });
      server.removeAllListeners('request');
      server.on('request', provider.callback());
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A browser by hand: follows redirects one at a time and keeps cookies per
 * origin, so a test can walk the sign-in and change a step (the state, the
 * issuer, the cookie) on the way.
 */
export class HandBrowser {
  readonly cookies = new Map<string, Map<string, string>>();

  private jar(url: URL): Map<string, string> {
    let jar = this.cookies.get(url.origin);
    if (!jar) this.cookies.set(url.origin, (jar = new Map()));
    return jar;
  }

  async request(target: string | URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ status: number; location: URL | null; body: string; url: URL }> {
    const url = new URL(target);
    const jar = this.jar(url);
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    const location = response.headers.get('location');
    return { status: response.status, location: location ? new URL(location, url) : null, body: await response.text(), url };
  }

  /** Follows redirects until `stop` says so (or a page that is no redirect); returns the last answer. */
  async follow(target: string | URL, stop: (url: URL) => boolean = () => false) {
    let answer = await this.request(target);
    for (let hops = 0; answer.location && !stop(answer.location) && hops < 20; hops++) answer = await this.request(answer.location);
    return answer;
  }

  /** Submits the provider's login form on `page` as `login`. */
  async submitLogin(page: { body: string; url: URL }, login: string) {
    const action = /<form[^>]*action="([^"]+)"/.exec(page.body)?.[1];
    if (!action) throw new Error(`no login form on ${page.url.href}: ${page.body.slice(0, 300)}`);
    return this.request(new URL(action.replace(/&amp;/g, '&'), page.url), { form: { prompt: 'login', login, password: 'any password' } });
  }

  cookie(origin: string, name: string): string | undefined {
    return this.cookies.get(new URL(origin).origin)?.get(name);
  }
}
