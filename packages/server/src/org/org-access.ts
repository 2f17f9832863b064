import type { Context } from '@midwayjs/koa';
import { isAdmin } from '../auth/access';
import { requireUserId } from '../auth/current-user';
import { forbidden, unauthenticated } from '../common/app-error';
import type { OrgService, UserProfile } from './org-service';

/** The signed-in user's profile: 401 when anonymous or deactivated. */
export async function signedInProfile(org: OrgService, ctx: Context): Promise<UserProfile> {
  const profile = await org.profile(requireUserId(ctx));
  if (!profile) throw unauthenticated();
  return profile;
}

/** The signed-in administrator (platform-admin or office-admin): 401 anonymous, 403 anyone else. */
export async function adminProfile(org: OrgService, ctx: Context): Promise<UserProfile> {
  const profile = await signedInProfile(org, ctx);
  if (!isAdmin(profile)) throw forbidden();
  return profile;
}
