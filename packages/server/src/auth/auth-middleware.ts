import { Inject, Middleware } from '@midwayjs/core';
import type { Context, NextFunction } from '@midwayjs/koa';
import { AppError } from '../common/app-error';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies';
import { SessionService } from './session-service';
import { TokenService } from './token-service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Signing in has no session yet, so there is nothing to forge.
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/**
 * Resolves the session cookie (or an `Authorization: Bearer` API token) to `ctx.state.userId` for
 * `/api` requests, and enforces the double-submit CSRF check on every state-changing request made
 * with a session cookie.
 */
@Middleware()
export class AuthMiddleware {
  @Inject()
  sessions!: SessionService;

  @Inject()
  tokens!: TokenService;

  resolve() {
    return async (ctx: Context, next: NextFunction): Promise<void> => {
      if (!ctx.path.startsWith('/api/')) return next();
      const authorization = ctx.get('authorization');
      if (/^bearer\s/i.test(authorization)) {
        // A bearer secret is not sent by browsers on their own, so there is nothing to forge and
        // no CSRF check; the session cookie, if any, is ignored.
        const userId = await this.tokens.resolve(authorization.replace(/^bearer\s+/i, '').trim());
        if (userId === undefined) {
          throw new AppError(
            401,
            'TOKEN_INVALID',
            '访问令牌无效或已过期 / The API token is invalid or expired',
          );
        }
        ctx.state.userId = userId;
        ctx.state.authMethod = 'bearer';
        return next();
      }
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
