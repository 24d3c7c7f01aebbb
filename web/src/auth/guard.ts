import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import { hasPermission, type Viewer } from './session';

/**
 * Where a navigation may go, given who is signed in:
 * - public routes (sign-in, /public/…) are open to everyone; a signed-in
 *   visitor of the sign-in page goes on to the redirect target or home;
 * - everything else needs a session: anonymous visitors go to sign-in with
 *   the page they wanted as `redirect`;
 * - a route with `meta.permission` needs that permission, else the 403 page;
 * - a route with `meta.role` (a role's own workspace, e.g. the rater's
 *   ballots) needs a grant of that role, else the 403 page;
 * - while the password must be changed (one-time or expired), every page
 *   but the change-password page leads there (the server answers nothing
 *   else meanwhile).
 */
export const CHANGE_PASSWORD_PATH = '/change-password';

export function resolveNavigation(
  to: Pick<RouteLocationNormalized, 'path' | 'fullPath' | 'meta' | 'query'>,
  viewer: Viewer | null,
): true | RouteLocationRaw {
  if (to.meta.public) {
    if (viewer && to.path === '/sign-in') return safeRedirect(to.query.redirect) ?? '/';
    return true;
  }
  if (!viewer) {
    return to.fullPath === '/' ? { path: '/sign-in' } : { path: '/sign-in', query: { redirect: to.fullPath } };
  }
  if (viewer.passwordChangeRequired && to.path !== CHANGE_PASSWORD_PATH) {
    return to.fullPath === '/' ? { path: CHANGE_PASSWORD_PATH } : { path: CHANGE_PASSWORD_PATH, query: { redirect: to.fullPath } };
  }
  if (to.meta.permission && !hasPermission(viewer, to.meta.permission)) {
    return { name: 'forbidden', query: { from: to.fullPath } };
  }
  if (to.meta.role && !viewer.grants.some((g) => g.role === to.meta.role)) {
    return { name: 'forbidden', query: { from: to.fullPath } };
  }
  return true;
}

/** Only same-site paths are followed after sign-in (never `//evil.example` or a full URL). */
export function safeRedirect(value: unknown): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string') return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  if (raw.startsWith('/sign-in')) return null;
  return raw;
}
