import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { type Organisation } from '../organisations/organisation.entity.js';
import { SignInInput, SignInPayload, ViewerView } from './auth.types.js';
import { PERMISSIONS, type Permission, type Viewer } from './policy.js';
import type { Role } from './roles.js';

export const SESSION_COOKIE = 'cadre_session';

async function toView(viewer: Viewer, ctx: GraphQLContext): Promise<ViewerView> {
  const orgs = await ctx.loaders.organisation.loadMany(viewer.grants.map((g) => g.organisationId));
  const roles = new Set<Role>(viewer.grants.map((g) => g.role));
  return {
    userId: viewer.userId,
    username: viewer.username,
    displayName: viewer.displayName,
    cadreId: viewer.cadreId,
    grants: viewer.grants.map((g, i) => ({ role: g.role, organisation: orgs[i] as Organisation })),
    permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) => (PERMISSIONS[p] as readonly Role[]).some((r) => roles.has(r))),
  };
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerView, { nullable: true, description: 'The signed-in user with their roles and permissions, or null when nobody is signed in' })
  async me(@Ctx() ctx: GraphQLContext): Promise<ViewerView | null> {
    return ctx.viewer ? toView(ctx.viewer, ctx) : null;
  }

  @Mutation(() => SignInPayload, { description: 'Signs in with a password; sets the session cookie and returns a bearer token' })
  async signIn(@Arg('input', () => SignInInput, { description: 'Username and password' }) input: SignInInput, @Ctx() ctx: GraphQLContext): Promise<SignInPayload> {
    const session = await ctx.services.auth.signIn(input.username, input.password, {
      ip: ctx.req.ip,
      userAgent: ctx.req.get('user-agent') ?? undefined,
    });
    ctx.res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.req.secure,
      path: '/',
      // Relative, so the browser's own clock counts the session's length (a server clock ahead or behind cannot expire it at once).
      maxAge: Math.max(0, session.expiresAt.getTime() - ctx.now().getTime()),
    });
    const viewer = await ctx.services.auth.viewerForToken(session.token);
    ctx.viewer = viewer;
    return { token: session.token, expiresAt: session.expiresAt, viewer: await toView(viewer!, ctx) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie; always true' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.auth.signOut(ctx.viewer!);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
