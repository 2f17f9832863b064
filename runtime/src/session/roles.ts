import type { UserProfile } from '@flowhall/client';

// Which parts of the app a user's roles open. The server checks every request on its own; these
// only decide which navigation entries a user sees, so nobody is offered a page that answers 403.

/** Platform and office administrators: catalogue, definitions, statistics, the supervised list. */
const ADMIN_ROLES = ['platform-admin', 'office-admin'];

/** The people who keep seals or run the seal office, besides the administrators. */
const SEAL_ROLES = ['seal-custodian', 'office-director', 'office-staff', 'party-organiser'];

type WithRoles = Pick<UserProfile, 'roles'>;

export function hasAnyRole(user: WithRoles, keys: readonly string[]): boolean {
  return user.roles.some((role) => keys.includes(role.key));
}

export function isAdminUser(user: WithRoles): boolean {
  return hasAnyRole(user, ADMIN_ROLES);
}

/**
 * Statistics: administrators for the organisation; department heads and unit approvers (a role
 * held for a department) for their own unit (the server's statistics-scope.ts decides the same).
 */
export function canSeeStatistics(user: WithRoles & Pick<UserProfile, 'headOf'>): boolean {
  return isAdminUser(user) || !!user.headOf?.length || user.roles.some((r) => r.departmentId !== null);
}

export function canUseSealOffice(user: WithRoles): boolean {
  return hasAnyRole(user, [...ADMIN_ROLES, ...SEAL_ROLES]);
}
