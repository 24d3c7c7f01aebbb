import { describe, expect, it } from 'vitest';
import { activeMenuPath, MENU_ITEMS, menuFor } from './menu';

describe('menuFor', () => {
  it('shows a viewer without permissions home and the work queue, and a cadre their own assessments', () => {
    expect(menuFor([]).map((i) => i.path)).toEqual(['/', '/queue']);
    expect(menuFor({ permissions: [], cadre: true }).map((i) => i.path)).toEqual(['/', '/my', '/my/record', '/my/profile', '/queue']);
  });

  it('shows a rater their ballots, and nobody else', () => {
    expect(menuFor({ permissions: [], roles: ['RATER'] }).map((i) => i.path)).toEqual(['/', '/queue', '/ballots']);
    expect(menuFor({ permissions: [], roles: ['CADRE'], cadre: true }).map((i) => i.path)).not.toContain('/ballots');
  });

  it('follows the permissions the server reports', () => {
    const orgAdmin = ['organisation:read', 'cadre:read', 'cadre:write', 'cadre-status:write', 'rule-set:read', 'rule-set:publish'];
    expect(menuFor(orgAdmin).map((i) => i.path)).toEqual(['/', '/queue', '/organisations', '/cadres', '/rule-sets']);
    expect(menuFor([...orgAdmin, 'assessment:read', 'cycle:manage']).map((i) => i.path)).toEqual([
      '/',
      '/queue',
      '/cycles',
      '/review',
      '/notices',
      '/announcing',
      '/organisations',
      '/cadres',
      '/rule-sets',
    ]);
    expect(menuFor(['organisation:read', 'assessment:read']).map((i) => i.path)).toEqual(['/', '/queue', '/cycles', '/review', '/organisations']);
    expect(menuFor(['organisation:read', 'user:manage']).map((i) => i.path)).toEqual(['/', '/queue', '/organisations', '/users']);
    expect(menuFor(['organisation:read', 'cadre:read', 'rule-set:read', 'audit:read']).map((i) => i.path)).toContain('/audit');
  });

  it('shows results application to those who read outcomes, and outcome approvals only to the roles that approve', () => {
    expect(menuFor({ permissions: ['outcome:read'], roles: ['HR'] }).map((i) => i.path)).toEqual(['/', '/queue', '/outcomes']);
    expect(menuFor({ permissions: ['assessment:read', 'outcome:read'], roles: ['COMMITTEE'] }).map((i) => i.path)).toEqual(['/', '/queue', '/cycles', '/review', '/review/outcomes', '/outcomes']);
    expect(menuFor({ permissions: ['outcome:read'], roles: ['ORG_ADMIN'] }).map((i) => i.path)).toContain('/review/outcomes');
  });

  it('ignores permissions it has no page for', () => {
    expect(menuFor(['investigation:write', 'something:new']).map((i) => i.path)).toEqual(['/', '/queue']);
  });

  it('gives every entry a label key and an icon', () => {
    for (const item of MENU_ITEMS) {
      expect(item.labelKey).toMatch(/^(outcomes\.)?nav\./);
      expect(item.icon).toBeTruthy();
    }
  });
});

describe('activeMenuPath', () => {
  it('highlights the section a page belongs to', () => {
    expect(activeMenuPath('/')).toBe('/');
    expect(activeMenuPath('/cadres')).toBe('/cadres');
    expect(activeMenuPath('/cadres/abc')).toBe('/cadres');
    expect(activeMenuPath('/cadresque')).toBe('/cadresque');
    expect(activeMenuPath('/review/outcomes')).toBe('/review/outcomes');
    expect(activeMenuPath('/outcomes/abc')).toBe('/outcomes');
    expect(activeMenuPath('/my/record')).toBe('/my/record');
  });
});
