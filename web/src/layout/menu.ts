import type { Component } from 'vue';
import { Bell, Calendar, Checked, Clock, DataAnalysis, DataLine, Document, EditPen, Files, Flag, HomeFilled, List, Medal, OfficeBuilding, PieChart, Postcard, Setting, Stamp, Tickets, Trophy, Upload, UserFilled, Warning } from '@element-plus/icons-vue';

export interface MenuItem {
  /** Route path, also the menu index. */
  path: string;
  /** i18n key of the label. */
  labelKey: string;
  icon: Component;
  /** Shown only to viewers who hold this permission somewhere; none: everyone signed in. */
  permission?: string;
  /** Shown only to viewers whose account is linked to a cadre record (they are assessed themselves). */
  cadre?: boolean;
  /** Shown only to viewers holding one of these roles somewhere (for pages that are one role's work, not a permission's). */
  roles?: readonly string[];
}

export interface MenuViewer {
  permissions: readonly string[];
  /** The viewer is linked to a cadre record (`viewer.cadreId`). */
  cadre?: boolean;
  /** The roles the viewer holds (`viewer.grants[].role`). */
  roles?: readonly string[];
}

/** The side menu. Which entries a viewer sees follows `viewer.permissions`, as the server reports them. */
export const MENU_ITEMS: readonly MenuItem[] = [
  { path: '/', labelKey: 'nav.home', icon: HomeFilled },
  { path: '/my', labelKey: 'nav.my', icon: EditPen, cadre: true },
  { path: '/my/record', labelKey: 'outcomes.nav.myRecord', icon: Files, cadre: true },
  { path: '/my/profile', labelKey: 'nav.myProfile', icon: DataLine, cadre: true },
  { path: '/queue', labelKey: 'nav.queue', icon: List },
  { path: '/ballots', labelKey: 'nav.ballots', icon: Stamp, roles: ['RATER'] },
  { path: '/discipline', labelKey: 'nav.discipline', icon: Warning, roles: ['DISCIPLINE'] },
  { path: '/business', labelKey: 'nav.business', icon: Upload, roles: ['DEPARTMENT'] },
  { path: '/cycles', labelKey: 'nav.cycles', icon: Calendar, permission: 'assessment:read' },
  { path: '/review', labelKey: 'nav.review', icon: Checked, permission: 'assessment:read' },
  { path: '/reviews', labelKey: 'nav.reviews', icon: Postcard, permission: 'case:read' },
  { path: '/review/outcomes', labelKey: 'outcomes.nav.approvals', icon: Stamp, permission: 'outcome:read', roles: ['COMMITTEE', 'ORG_ADMIN'] },
  { path: '/outcomes', labelKey: 'outcomes.nav.hr', icon: Medal, permission: 'outcome:read' },
  { path: '/selection', labelKey: 'nav.selection', icon: Trophy, permission: 'selection:read' },
  { path: '/notices', labelKey: 'nav.notices', icon: Bell, permission: 'cycle:manage' },
  { path: '/announcing', labelKey: 'nav.announcing', icon: Flag, permission: 'cycle:manage' },
  { path: '/organisations', labelKey: 'nav.organisations', icon: OfficeBuilding, permission: 'organisation:read' },
  { path: '/cadres', labelKey: 'nav.cadres', icon: UserFilled, permission: 'cadre:read' },
  { path: '/roster-import', labelKey: 'nav.rosterImport', icon: Upload, permission: 'roster:import' },
  { path: '/rule-sets', labelKey: 'nav.ruleSets', icon: Document, permission: 'rule-set:read' },
  { path: '/calendar', labelKey: 'nav.calendar', icon: Clock, permission: 'calendar:manage' },
  { path: '/indicators', labelKey: 'nav.indicators', icon: DataAnalysis, permission: 'indicator-scheme:read' },
  { path: '/surveys', labelKey: 'nav.surveys', icon: PieChart, permission: 'assessment:read', roles: ['ORG_ADMIN', 'ASSESSOR'] },
  { path: '/users', labelKey: 'nav.users', icon: Setting, permission: 'user:manage' },
  { path: '/audit', labelKey: 'nav.audit', icon: Tickets, permission: 'audit:read' },
];

export function menuFor(viewer: MenuViewer | readonly string[]): MenuItem[] {
  const { permissions, cadre = false, roles = [] } = Array.isArray(viewer) ? { permissions: viewer as readonly string[] } : (viewer as MenuViewer);
  return MENU_ITEMS.filter(
    (item) => (!item.permission || permissions.includes(item.permission)) && (!item.cadre || cadre) && (!item.roles || item.roles.some((r) => roles.includes(r))),
  );
}

/** The menu entry a route belongs to: the longest matching prefix (`/cadres/123` → `/cadres`). */
export function activeMenuPath(routePath: string, items: readonly MenuItem[] = MENU_ITEMS): string {
  const match = items
    .filter((item) => (item.path === '/' ? routePath === '/' : routePath === item.path || routePath.startsWith(`${item.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? routePath;
}
