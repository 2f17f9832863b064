import { Body, Config, Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import bcrypt from 'bcryptjs';
import { AuditService } from '../audit/audit-service';
import { AppError, unauthenticated, validationFailed } from '../common/app-error';
import { Database } from '../db/database';
import { OrgService, UserProfile } from '../org/org-service';
import type { Settings } from '../settings';
import { CSRF_COOKIE, SESSION_COOKIE } from './cookies';
import { requireUserId } from './current-user';
import { LoginLimiter, loginRateLimited } from './login-limiter';
import { SessionService } from './session-service';

// Compared against when the username is unknown, so a wrong name takes as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync('flowhall-no-such-user', 10);

function readCredentials(body: unknown): { username: string; password: string } {
  const problems: Array<{ path: string; message: string }> = [];
  const value = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const username = typeof value.username === 'string' ? value.username.trim() : '';
  const password = typeof value.password === 'string' ? value.password : '';
  if (!username) problems.push({ path: 'username', message: '请输入用户名 / Username is required' });
  if (!password) problems.push({ path: 'password', message: '请输入密码 / Password is required' });
  if (username.length > 64) problems.push({ path: 'username', message: '用户名过长 / Username too long' });
  if (password.length > 200) problems.push({ path: 'password', message: '密码过长 / Password too long' });
  if (problems.length) throw validationFailed(problems);
  return { username, password };
}

@Controller('/api')
export class AuthController {
  @Inject()
  ctx!: Context;

  @Inject()
  db!: Database;

  @Inject()
  sessions!: SessionService;

  @Inject()
  audit!: AuditService;

  @Inject()
  org!: OrgService;

  @Inject()
  limiter!: LoginLimiter;

  @Config('flowhall')
  settings!: Settings;

  @Post('/auth/login')
  async login(@Body() body: unknown): Promise<{ user: UserProfile; csrfToken: string }> {
    const { username, password } = readCredentials(body);
    const attempt = { username, address: this.ctx.ip || 'unknown' };
    const wait = await this.limiter.wait(attempt);
    if (wait > 0) {
      this.ctx.set('Retry-After', String(wait));
      throw loginRateLimited(wait);
    }
    const user = await this.db.models.User.findOne({ where: { username } });
    const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !matches || !user.active) {
      await this.limiter.recordFailure(attempt);
      throw new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码错误 / Wrong username or password');
    }
    await this.limiter.recordSuccess(attempt);
    const session = await this.sessions.open(user.id);
    await this.audit.record({
      stream: 'auth',
      actorUserId: user.id,
      action: 'auth.login',
      subjectType: 'user',
      subjectId: user.id,
      data: { address: attempt.address },
    });
    const cookie = {
      signed: false,
      expires: session.expiresAt,
      sameSite: 'lax' as const,
      // Koa refuses to set a Secure cookie on a plain-HTTP request; behind a TLS proxy set
      // TRUST_PROXY so X-Forwarded-Proto makes the request count as secure.
      secure: this.settings.secureCookies && this.ctx.secure,
    };
    this.ctx.cookies.set(SESSION_COOKIE, session.token, { ...cookie, httpOnly: true });
    // Readable by the page's script, which echoes it in the x-csrf-token header (double submit).
    this.ctx.cookies.set(CSRF_COOKIE, session.csrfToken, { ...cookie, httpOnly: false });
    const profile = await this.org.profile(user.id);
    if (!profile) throw unauthenticated();
    return { user: profile, csrfToken: session.csrfToken };
  }

  @Post('/auth/logout')
  async logout(): Promise<{ ok: true }> {
    const token: unknown = this.ctx.state.sessionToken;
    if (typeof token === 'string') await this.sessions.close(token);
    this.ctx.cookies.set(SESSION_COOKIE, null, { signed: false });
    this.ctx.cookies.set(CSRF_COOKIE, null, { signed: false });
    return { ok: true };
  }

  @Get('/me')
  async me(): Promise<UserProfile> {
    const profile = await this.org.profile(requireUserId(this.ctx));
    if (!profile) throw unauthenticated();
    return profile;
  }
}
