import type { AuthChecker } from 'type-graphql';
import { AppError } from '../common/errors.js';
import type { Role } from './roles.js';

/**
 * The one policy: which roles hold which permission. A permission is used in
 * `@Authorized('…')` beside an operation (does the viewer hold it anywhere?),
 * and services ask `can()` / `assertCan()` with the organisation path of the
 * record at hand (does the viewer hold it *there*?).
 */
export const PERMISSIONS = {
  'organisation:read': ['ORG_ADMIN', 'ASSESSOR', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR', 'SYSTEM_ADMIN'],
  'cadre:read': ['ORG_ADMIN', 'ASSESSOR', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR'],
  'cadre:write': ['ORG_ADMIN', 'HR'],
  /** Creating, editing, moving and retiring organisations of the tree. */
  'organisation:write': ['ORG_ADMIN', 'SYSTEM_ADMIN'],
  /** Probation, leave and protected statuses. */
  'cadre-status:write': ['ORG_ADMIN', 'HR'],
  /** Opening and closing investigations (立案审查). */
  'investigation:write': ['DISCIPLINE'],
  'rule-set:read': ['ORG_ADMIN', 'ASSESSOR', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR'],
  'rule-set:publish': ['ORG_ADMIN'],
  'user:manage': ['SYSTEM_ADMIN'],
  /** Importing and exporting the roster (名册): organisations, cadres and their status facts, within the jurisdiction. */
  'roster:import': ['ORG_ADMIN', 'SYSTEM_ADMIN'],
  'audit:read': ['AUDITOR'],
  /** Reading assessments and cycles of the jurisdiction. */
  'assessment:read': ['ORG_ADMIN', 'ASSESSOR', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR'],
  'cycle:manage': ['ORG_ADMIN'],
  'calendar:manage': ['ORG_ADMIN', 'SYSTEM_ADMIN'],
  /** Inviting raters, negative-list findings, component scores, running the grading engine. */
  'evaluation:manage': ['ASSESSOR', 'ORG_ADMIN'],
  'political-review:write': ['ORG_ADMIN', 'ASSESSOR'],
  'penalty:write': ['DISCIPLINE'],
  /** Outcome tasks and cadres' records (结果运用); who acts on a task is the machine's actors (workflows/outcomes). */
  'outcome:read': ['ORG_ADMIN', 'COMMITTEE', 'HR', 'DISCIPLINE', 'AUDITOR'],
  'indicator-scheme:read': ['ORG_ADMIN', 'ASSESSOR', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR'],
  /** Drafting and publishing indicator schemes. */
  'indicator-scheme:write': ['ORG_ADMIN'],
  /** Importing and entering indicator figures; breaking team indicators down to members. */
  'indicator-data:write': ['ORG_ADMIN', 'ASSESSOR'],
  /** Recording the approval that raises a pool's excellent quota. */
  'quota-raise:record': ['ORG_ADMIN'],
  /** Planning, stepping and publishing surveys of a cycle, importing or entering their results, importing 好差评 ratings. */
  'survey:manage': ['ORG_ADMIN'],
  /** Reading review and appeal cases, fault-tolerance cases, accusations, penalties and investigations of the jurisdiction. */
  'case:read': ['ORG_ADMIN', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR'],
  /** Recording, verifying and clearing accusations (澄清正名). */
  'accusation:write': ['DISCIPLINE'],
  /** Recording, verifying and clearing findings of supervision, inspection tours, audit, petitions and discipline (印证). */
  'finding:write': ['DISCIPLINE', 'ORG_ADMIN', 'ASSESSOR'],
  /** Asking the competent department about a veto item, and withdrawing the question. */
  'consultation:request': ['ORG_ADMIN', 'ASSESSOR'],
  /** Recording the competent department's answer on its behalf, naming who answered. */
  'consultation:answer': ['ORG_ADMIN'],
  /** Selection records (选任参考), candidate searches and lists, promotions and their report, within the jurisdiction. */
  'selection:read': ['ORG_ADMIN', 'HR'],
  /** Candidate lists and recording promotions (晋升/进一步使用). */
  'selection:write': ['ORG_ADMIN', 'HR'],
  /** Entering and importing the results of the business assessments (业务考核, "1+N") the viewer's own department runs, for the units of the region it serves. */
  'business-result:write': ['DEPARTMENT'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export interface Grant {
  role: Role;
  organisationId: string;
  /** Materialised path of the jurisdiction root, `/…/id/`. */
  organisationPath: string;
}

export interface Viewer {
  userId: string;
  username: string;
  displayName: string;
  cadreId: string | null;
  /** Path of the viewer's own cadre's organisation, when they are a cadre. */
  cadreOrganisationPath: string | null;
  cadreOrganisationId: string | null;
  /** Principal (正职) or deputy. */
  cadrePositionType: string | null;
  /**
   * The unit whose leadership team the viewer's cadre acts for (its summary,
   * its written notice, its case): their own unit when they are its principal
   * leader (a principal at its highest rank level) or its designated author.
   */
  teamReportOrganisationId?: string | null;
  grants: Grant[];
  sessionId: string;
  /**
   * Set while the password must be changed before anything else: a one-time
   * password was handed out (ONE_TIME) or the policy's expiry has run out
   * (EXPIRED). Only me, changePassword, signOut and endSession are answered meanwhile.
   */
  passwordChangeRequired?: 'ONE_TIME' | 'EXPIRED' | null;
}

function grantsFor(viewer: Viewer, permission: Permission): Grant[] {
  const roles = PERMISSIONS[permission] as readonly Role[];
  return viewer.grants.filter((g) => roles.includes(g.role));
}

/** May the viewer do `permission` on a record inside `organisationPath` (or anywhere, when omitted)? */
export function can(viewer: Viewer | null, permission: Permission, organisationPath?: string): boolean {
  if (!viewer) return false;
  return grantsFor(viewer, permission).some((g) => organisationPath === undefined || organisationPath.startsWith(g.organisationPath));
}

/**
 * May the viewer do `permission` on some part of the subtree at `organisationPath`: there,
 * above it, or inside it (a city's assessment team grades its part of a province-wide cycle)?
 */
export function assertCanInside(viewer: Viewer | null, permission: Permission, organisationPath: string): asserts viewer is Viewer {
  assertSignedIn(viewer);
  if (!grantsFor(viewer, permission).some((g) => organisationPath.startsWith(g.organisationPath) || g.organisationPath.startsWith(organisationPath))) {
    throw new AppError('FORBIDDEN', `${permission} is outside your jurisdiction`, { permission });
  }
}

export function assertSignedIn(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
}

export function assertCan(viewer: Viewer | null, permission: Permission, organisationPath?: string): asserts viewer is Viewer {
  assertSignedIn(viewer);
  if (!can(viewer, permission, organisationPath)) {
    throw new AppError(
      'FORBIDDEN',
      organisationPath === undefined ? `Your roles do not allow ${permission}` : `${permission} is outside your jurisdiction`,
      { permission },
    );
  }
}

/** A root organisation's path (`/id/`): its jurisdiction is the whole tree, as for national data. */
export const isRootPath = (path: string) => path.split('/').filter(Boolean).length === 1;

/**
 * National data (the official working-day calendar) is changed only under a
 * grant at a root of the organisation tree, never by a city's or county's
 * administrator although their role holds the permission.
 */
export function assertCanAtRoot(viewer: Viewer | null, permission: Permission, what: string): asserts viewer is Viewer {
  assertSignedIn(viewer);
  if (!grantsFor(viewer, permission).some((g) => isRootPath(g.organisationPath))) {
    throw new AppError('FORBIDDEN', `Only the root jurisdiction may change ${what}`, { permission });
  }
}

/**
 * The jurisdiction roots where the viewer holds `permission`, reduced so that
 * none lies inside another. Lists filter with `path LIKE ANY(prefixes)`.
 */
export function scopeOf(viewer: Viewer, permission: Permission): string[] {
  const paths = [...new Set(grantsFor(viewer, permission).map((g) => g.organisationPath))].sort();
  return paths.filter((p, i) => !paths.slice(0, i).some((q) => p.startsWith(q)));
}

/** The role under which the viewer acts for `permission` at `organisationPath`, for the audit trail. */
export function actingRole(viewer: Viewer, permission: Permission, organisationPath?: string): Role | null {
  const grant = grantsFor(viewer, permission).find(
    (g) => organisationPath === undefined || organisationPath.startsWith(g.organisationPath),
  );
  return grant?.role ?? null;
}

export interface ContextWithViewer {
  viewer: Viewer | null;
}

/** type-graphql's checker: `@Authorized()` means signed in; `@Authorized('perm', …)` means holds any of them somewhere. */
export const authChecker: AuthChecker<ContextWithViewer, Permission> = ({ context }, permissions) => {
  assertSignedIn(context.viewer);
  if (permissions.length === 0) return true;
  if (permissions.some((p) => can(context.viewer, p))) return true;
  throw new AppError('FORBIDDEN', `Your roles do not allow ${permissions.join(' or ')}`, { permission: permissions[0] });
};
