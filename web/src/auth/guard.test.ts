import { describe, expect, it } from 'vitest';
import type { RouteMeta } from 'vue-router';
import { viewerWith } from '../shared/testing';
import { resolveNavigation, safeRedirect } from './guard';

function to(path: string, meta: RouteMeta = {}, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query).toString();
  return { path, fullPath: search ? `${path}?${search}` : path, meta, query };
}

describe('resolveNavigation', () => {
  it('sends anonymous visitors to sign-in with the page they wanted', () => {
    expect(resolveNavigation(to('/cadres', { permission: 'cadre:read' }), null)).toEqual({ path: '/sign-in', query: { redirect: '/cadres' } });
    expect(resolveNavigation(to('/'), null)).toEqual({ path: '/sign-in' });
  });

  it('lets anyone open public routes', () => {
    expect(resolveNavigation(to('/sign-in', { public: true }), null)).toBe(true);
    expect(resolveNavigation(to('/public/notices/1', { public: true }), null)).toBe(true);
    expect(resolveNavigation(to('/public/notices/1', { public: true }), viewerWith())).toBe(true);
  });

  it('moves a signed-in visitor of the sign-in page on to the redirect target', () => {
    expect(resolveNavigation(to('/sign-in', { public: true }, { redirect: '/audit' }), viewerWith())).toBe('/audit');
    expect(resolveNavigation(to('/sign-in', { public: true }), viewerWith())).toBe('/');
  });

  it('opens a role’s own workspace only to a holder of that role', () => {
    const rater = viewerWith({ grants: [{ role: 'RATER', organisation: { id: 'o-1', name: '泰宁市' } }] as never });
    const cadre = viewerWith({ grants: [{ role: 'CADRE', organisation: { id: 'o-2', name: '东江区' } }] as never });
    expect(resolveNavigation(to('/ballots', { role: 'RATER' }), rater)).toBe(true);
    expect(resolveNavigation(to('/ballots', { role: 'RATER' }), cadre)).toEqual({ name: 'forbidden', query: { from: '/ballots' } });
  });

  it('shows the 403 page when the viewer lacks the permission of the route', () => {
    const cadre = viewerWith({ permissions: [] });
    expect(resolveNavigation(to('/audit', { permission: 'audit:read' }), cadre)).toEqual({ name: 'forbidden', query: { from: '/audit' } });
    const auditor = viewerWith({ permissions: ['audit:read'] });
    expect(resolveNavigation(to('/audit', { permission: 'audit:read' }), auditor)).toBe(true);
    expect(resolveNavigation(to('/'), cadre)).toBe(true);
  });
});

describe('safeRedirect', () => {
  it('follows only same-site paths', () => {
    expect(safeRedirect('/cadres?search=1')).toBe('/cadres?search=1');
    expect(safeRedirect('//evil.example/x')).toBeNull();
    expect(safeRedirect('https://evil.example')).toBeNull();
    expect(safeRedirect('/\\evil.example')).toBeNull();
    expect(safeRedirect('/sign-in')).toBeNull();
    expect(safeRedirect(undefined)).toBeNull();
    expect(safeRedirect(['/users'])).toBe('/users');
  });
});
