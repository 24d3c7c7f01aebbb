/** Roles are part of the domain (workflows/roles.ts); the server re-exports them. */
export { ROLES, ROLE_LABELS_ZH, type Role } from '../../workflows/roles.js';
