import type { UserProfile } from '../org/org-service';

/** Roles that administer the platform: catalogue, definitions, organisation. */
export const ADMIN_ROLES: ReadonlySet<string> = new Set(['platform-admin', 'office-admin']);

export function isAdmin(profile: Pick<UserProfile, 'roles'>): boolean {
  return profile.roles.some((r) => ADMIN_ROLES.has(r.key));
}

export function isPlatformAdmin(profile: Pick<UserProfile, 'roles'>): boolean {
  return profile.roles.some((r) => r.key === 'platform-admin');
}
