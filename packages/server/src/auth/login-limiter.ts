import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Op } from 'sequelize';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import type { Settings } from '../settings';

export const loginRateLimited = (retryAfterSeconds: number): AppError => {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(
    429,
    'LOGIN_RATE_LIMITED',
    {
      zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
      en: `Too many failed sign-ins, try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
    },
    { retryAfterSeconds },
  );
};

export interface LoginAttempt {
  username: string;
  address: string;
}

const accountKey = (username: string): string => `account:${username.toLowerCase()}`;
const addressKey = (address: string): string => `address:${address}`;

/**
 * Counts failed sign-ins per account and per client address in the database (not in process
 * memory), so the limit holds across every server process. Only failures count: a busy office
 * behind one address signing in successfully is never limited, and a success clears the account.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class LoginLimiter {
  @Inject()
  db!: Database;

  @Config('flowhall')
  settings!: Settings;

  private get windowMs(): number {
    return this.settings.loginWindowMinutes * 60_000;
  }

  /** Seconds the attempt must wait because the account or the address failed too often; 0 if none. */
  async wait(attempt: LoginAttempt, now = new Date()): Promise<number> {
    const waits = await Promise.all([
      this.waitFor(accountKey(attempt.username), this.settings.loginFailuresPerAccount, now),
      this.waitFor(addressKey(attempt.address), this.settings.loginFailuresPerAddress, now),
    ]);
    return Math.max(...waits);
  }

  async recordFailure(attempt: LoginAttempt, now = new Date()): Promise<void> {
    const { LoginFailure } = this.db.models;
    await LoginFailure.bulkCreate([
      { key: accountKey(attempt.username), failedAt: now },
      { key: addressKey(attempt.address), failedAt: now },
    ]);
    // Old rows are swept as new ones arrive; the failed_at index keeps this cheap.
    await LoginFailure.destroy({ where: { failedAt: { [Op.lt]: new Date(now.getTime() - this.windowMs) } } });
  }

  async recordSuccess(attempt: LoginAttempt): Promise<void> {
    await this.db.models.LoginFailure.destroy({ where: { key: accountKey(attempt.username) } });
  }

  /** Seconds until `key` drops below `limit` failures in the window; 0 when it is below already. */
  private async waitFor(key: string, limit: number, now: Date): Promise<number> {
    const since = new Date(now.getTime() - this.windowMs);
    const rows = await this.db.models.LoginFailure.findAll({
      attributes: ['failedAt'],
      where: { key, failedAt: { [Op.gt]: since } },
      order: [['failedAt', 'DESC']],
      limit,
      raw: true,
    });
    if (rows.length < limit) return 0;
    // The limit-th most recent failure must leave the window before another attempt is allowed.
    const oldest = rows[rows.length - 1] as { failedAt: Date | string };
    const expires = new Date(oldest.failedAt).getTime() + this.windowMs;
    return Math.max(1, Math.ceil((expires - now.getTime()) / 1000));
  }
}
