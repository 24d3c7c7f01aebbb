import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Request, Response } from 'express';
import type { GraphQLContext } from '../graphql/context.js';
import { ChangePasswordInput, EndedSession, PasswordPolicyView, SignInInput, SignInPayload, ViewerView } from './auth.types.js';

export const SESSION_COOKIE = 'cadre_session';

/** The session cookie of a new session, for password and identity-provider sign-in alike. */
export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date, now: Date): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    // Relative, so the browser's own clock counts the session's length (a server clock ahead or behind cannot expire it at once).
    maxAge: Math.max(0, expiresAt.getTime() - now.getTime()),
  });
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerView, { nullable: true, description: 'The signed-in user with their roles and permissions, or null when nobody is signed in' })
  async me(@Ctx() ctx: GraphQLContext): Promise<ViewerView | null> {
    return ctx.viewer ? ctx.services.auth.viewerView(ctx.viewer, ctx.loaders.organisation) : null;
  }

  @Mutation(() => SignInPayload, { description: 'Signs in with a password; sets the session cookie and returns a bearer token' })
  async signIn(@Arg('input', () => SignInInput, { description: 'Username and password' }) input: SignInInput, @Ctx() ctx: GraphQLContext): Promise<SignInPayload> {
    const session = await ctx.services.auth.signInWithView(input.username, input.password, { ip: ctx.req.ip, userAgent: ctx.req.get('user-agent') ?? undefined }, ctx.loaders.organisation);
    setSessionCookie(ctx.req, ctx.res, session.token, session.expiresAt, ctx.now());
    ctx.viewer = session.viewer;
    return { token: session.token, expiresAt: session.expiresAt, viewer: session.view };
  }

  @Query(() => PasswordPolicyView, { description: 'The password policy a new password must meet; open to anyone, so the change-password page can say it' })
  passwordPolicy(@Ctx() ctx: GraphQLContext): PasswordPolicyView {
    return { ...ctx.services.auth.passwordPolicy };
  }

  @Authorized()
  @Mutation(() => ViewerView, {
    description:
      'Changes your own password: the current one, then a new one meeting the policy (VALIDATION with `reasons` otherwise); ends your other sessions and lifts a forced change',
  })
  async changePassword(
    @Arg('input', () => ChangePasswordInput, { description: 'The current and the new password' }) input: ChangePasswordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ViewerView> {
    const viewer = await ctx.services.auth.changePassword(ctx.viewer!, input.currentPassword, input.newPassword, {
      ip: ctx.req.ip,
      userAgent: ctx.req.get('user-agent') ?? undefined,
    });
    ctx.viewer = viewer;
    return ctx.services.auth.viewerView(viewer, ctx.loaders.organisation);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie; always true' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.auth.signOut(ctx.viewer!);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authorized()
  @Mutation(() => EndedSession, {
    description:
      'Ends the current session and clears its cookie, as signOut; for a session opened through the identity provider, also gives the URL that signs the browser out there',
  })
  async endSession(@Ctx() ctx: GraphQLContext): Promise<EndedSession> {
    const client = ctx.services.oidcClient;
    const { idToken } = await ctx.services.auth.signOut(ctx.viewer!);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!idToken || !client) return { providerSignOutUrl: null };
    const back = client.settings.postLogoutRedirectUri || `${ctx.req.protocol}://${ctx.req.get('host')}/sign-in`;
    try {
      return { providerSignOutUrl: (await client.signOutUrl(idToken, back))?.href ?? null };
    } catch {
      // The provider's discovery document could not be read: signed out here all the same (the page says so).
      return { providerSignOutUrl: null };
    }
  }
}
