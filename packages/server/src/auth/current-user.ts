import type { Context } from '@midwayjs/koa';
import { unauthenticated } from '../common/app-error';

/** The signed-in user's id, or a 401 for anonymous requests. */
export function requireUserId(ctx: Context): number {
  const userId: unknown = ctx.state.userId;
  if (typeof userId !== 'number') throw unauthenticated();
  return userId;
}
