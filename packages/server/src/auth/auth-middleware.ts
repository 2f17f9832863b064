import { Inject, Middleware } from '@midwayjs/core';
import type { Context, NextFunction } from '@midwayjs/koa';
import { AppError } from '../common/app-error';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies';
import { SessionService } from './session-service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Signing in has no session yet, so there is nothing to forge.
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/**
 * Resolves the session cookie to `ctx.state.userId` for `/api` requests, and enforces the
 * double-submit CSRF check on every state-changing request made with a session cookie.
 */
@Middleware()
export class AuthMiddleware {
  @Inject()
  sessions!: SessionService;

  resolve() {
    return async (ctx: Context, next: NextFunction): Promise<void> => {
      if (!ctx.path.startsWith('/api/')) return next();
      const token = ctx.cookies.get(SESSION_COOKIE, { signed: false });
      if (token) {
        const session = await this.sessions.find(token);
        if (session) {
          ctx.state.userId = session.userId;
          ctx.state.sessionToken = token;
          if (!SAFE_METHODS.has(ctx.method) && !CSRF_EXEMPT.has(ctx.path)) {
            if (ctx.get(CSRF_HEADER) !== session.csrfToken) {
              throw new AppError(
                403,
                'CSRF_TOKEN_INVALID',
                '页面已过期，请刷新后重试 / The page is out of date, reload and retry',
              );
            }
          }
        }
      }
      return next();
    };
  }

  static getName(): string {
    return 'flowhall-auth';
  }
}
