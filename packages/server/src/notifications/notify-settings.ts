import type { SettingsProblem } from '../settings';

/** Notification, SMTP and scheduler settings (README configuration table). */
export interface NotifySettings {
  /** Run the outbox dispatcher in this process (NOTIFY_DISPATCHER). */
  dispatcher: boolean;
  pollMs: number;
  batchSize: number;
  maxAttempts: number;
  /** First retry after this many seconds, doubling each time (NOTIFY_RETRY_BASE_SECONDS). */
  retryBaseSeconds: number;
  /** How long a claimed outbox row stays invisible to other dispatchers (NOTIFY_LEASE_SECONDS). */
  leaseSeconds: number;
  /** Base of the links in messages; absent means http://localhost:PORT. */
  publicUrl: string | undefined;
  smtp: SmtpSettings | undefined;
  /** Run the time-limit scheduler in this process (SCHEDULER). */
  scheduler: boolean;
  schedulerIntervalSeconds: number;
  /** Warn the assignee this many hours before the due time (DUE_SOON_HOURS). */
  dueSoonHours: number;
  /** Let platform administrators run a sweep "as of" a given time (tests and drills only). */
  schedulerAllowClock: boolean;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

type Env = NodeJS.ProcessEnv;

function flag(env: Env, name: string, fallback: boolean, problems: SettingsProblem[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  problems.push({ variable: name, message: `expected true or false, got "${env[name]}"` });
  return fallback;
}

function num(
  env: Env,
  name: string,
  fallback: number,
  problems: SettingsProblem[],
  min: number,
  max: number,
  whole = true,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    problems.push({
      variable: name,
      message: `expected a ${whole ? 'whole ' : ''}number from ${min} to ${max}, got "${raw}"`,
    });
    return fallback;
  }
  return value;
}

const text = (env: Env, name: string): string | undefined => {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
};

export function readNotifySettings(env: Env, problems: SettingsProblem[]): NotifySettings {
  const host = text(env, 'SMTP_HOST');
  const publicUrl = text(env, 'PUBLIC_URL');
  if (publicUrl && !/^https?:\/\//.test(publicUrl)) {
    problems.push({ variable: 'PUBLIC_URL', message: 'expected an http:// or https:// URL' });
  }
  return {
    dispatcher: flag(env, 'NOTIFY_DISPATCHER', true, problems),
    pollMs: num(env, 'NOTIFY_POLL_MS', 1000, problems, 50, 600_000),
    batchSize: num(env, 'NOTIFY_BATCH', 50, problems, 1, 1000),
    maxAttempts: num(env, 'NOTIFY_MAX_ATTEMPTS', 8, problems, 1, 100),
    retryBaseSeconds: num(env, 'NOTIFY_RETRY_BASE_SECONDS', 30, problems, 0.1, 86_400, false),
    leaseSeconds: num(env, 'NOTIFY_LEASE_SECONDS', 120, problems, 1, 86_400),
    publicUrl: publicUrl?.replace(/\/+$/, ''),
    smtp: host
      ? {
          host,
          port: num(env, 'SMTP_PORT', 587, problems, 1, 65535),
          secure: flag(env, 'SMTP_SECURE', false, problems),
          user: text(env, 'SMTP_USER'),
          password: text(env, 'SMTP_PASSWORD'),
          from: text(env, 'SMTP_FROM') ?? 'Flowhall <no-reply@localhost>',
        }
      : undefined,
    scheduler: flag(env, 'SCHEDULER', true, problems),
    schedulerIntervalSeconds: num(env, 'SCHEDULER_INTERVAL_SECONDS', 60, problems, 1, 86_400),
    dueSoonHours: num(env, 'DUE_SOON_HOURS', 4, problems, 0, 24 * 30, false),
    schedulerAllowClock: flag(env, 'SCHEDULER_ALLOW_CLOCK', false, problems),
  };
}
