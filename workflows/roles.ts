/**
 * Who acts in the system. Used by the policy (server/auth/policy.ts) and by
 * the machines, which say which role sends each event.
 */
/**
 * Roles (docs/domain.md §1, who may act on whom). Every assignment of a role
 * is scoped to an organisation subtree, its jurisdiction: nobody reads or
 * acts outside it. SYSTEM_ADMIN manages users only and holds no business role.
 */
export const ROLES = [
  'ORG_ADMIN',
  'ASSESSOR',
  'RATER',
  'CADRE',
  'COMMITTEE',
  'DISCIPLINE',
  'HR',
  'AUDITOR',
  'SYSTEM_ADMIN',
  'DEPARTMENT',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_ZH: Record<Role, string> = {
  ORG_ADMIN: '组织部门',
  ASSESSOR: '考核组',
  RATER: '测评人',
  CADRE: '干部本人',
  COMMITTEE: '党委(党组)成员',
  DISCIPLINE: '纪检监察',
  HR: '人事部门',
  AUDITOR: '审计查阅',
  SYSTEM_ADMIN: '系统管理员',
  DEPARTMENT: '业务考核部门',
};
