import { isAbsolute, resolve } from 'path';
import { readNotifySettings, type NotifySettings } from './notifications/notify-settings';

/** Everything the server reads from its environment, resolved once at start-up. */
export interface Settings {
  port: number;
  /** Holds the SQLite file, uploads and logs. */
  dataDir: string;
  /** `postgres://...` selects PostgreSQL; absent means SQLite under `dataDir`. */
  databaseUrl: string | undefined;
  /** Directory of the built web app (`runtime/dist`); absent or missing means API only. */
  webRoot: string | undefined;
  /** Create the demo university and its users when the database has no users yet. */
  demoData: boolean;
  /** Session lifetime in hours. */
  sessionHours: number;
  /** Mark cookies `Secure` (set behind HTTPS); needs `trustProxy` when TLS ends at a proxy. */
  secureCookies: boolean;
  /** Believe `X-Forwarded-Proto/For` from a reverse proxy (client address, HTTPS detection). */
  trustProxy: boolean;
  /** Failed sign-ins are counted over this many minutes. */
  loginWindowMinutes: number;
  /** Failed sign-ins per account in the window before 429 LOGIN_RATE_LIMITED. */
  loginFailuresPerAccount: number;
  /** Failed sign-ins per client address in the window before 429 LOGIN_RATE_LIMITED. */
  loginFailuresPerAddress: number;
  /** Plugin packages to load, in order (FLOWHALL_PLUGINS, comma-separated). */
  plugins: string[];
  /** Largest upload accepted, per file, in MB (UPLOAD_MAX_MB). */
  uploadMaxMb: number;
  /** Most files accepted per upload request (and so per form field) (UPLOAD_MAX_FILES, R10). */
  uploadMaxFiles: number;
  /** Notifications, SMTP and the time-limit scheduler (notifications/notify-settings.ts). */
  notify: NotifySettings;
}

export interface SettingsProblem {
  variable: string;
  message: string;
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

function parseFlag(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: boolean,
  problems: SettingsProblem[],
): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  problems.push({ variable: name, message: `expected true or false, got "${raw}"` });
  return fallback;
}

function parsePositiveInt(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  problems: SettingsProblem[],
  max = Number.MAX_SAFE_INTEGER,
  min = 0,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push({ variable: name, message: `expected a whole number from ${min} to ${max}, got "${raw}"` });
    return fallback;
  }
  return value;
}

const DEFAULT_PLUGINS = ['@flowhall/plugin-seal'];

function parsePlugins(raw: string | undefined, problems: SettingsProblem[]): string[] {
  if (raw === undefined) return [...DEFAULT_PLUGINS];
  const names = raw
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  for (const name of names) {
    // An npm package name, or an absolute path to a plugin's directory (local plugins, tests).
    if (!/^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*$/.test(name) && !isAbsolute(name)) {
      problems.push({
        variable: 'FLOWHALL_PLUGINS',
        message: `"${name}" is neither an npm package name nor an absolute path`,
      });
    }
  }
  return names;
}

/**
 * Reads settings from environment variables with the defaults documented in the README.
 * Problems are returned rather than thrown so the start script can print all of them at once.
 */
export function readSettings(
  env: NodeJS.ProcessEnv,
  cwd: string,
): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const port = parsePositiveInt(env, 'PORT', 7001, problems, 65535, 1);
  const dataDirRaw = env.DATA_DIR && env.DATA_DIR.trim() !== '' ? env.DATA_DIR : './data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw);
  const databaseUrl =
    env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL.trim() : undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push({
      variable: 'DATABASE_URL',
      message: 'only postgres:// URLs are supported; leave it unset to use SQLite under DATA_DIR',
    });
  }
  const webRootRaw =
    env.FLOWHALL_WEB_ROOT && env.FLOWHALL_WEB_ROOT.trim() !== '' ? env.FLOWHALL_WEB_ROOT : undefined;
  return {
    settings: {
      port,
      dataDir,
      databaseUrl,
      webRoot: webRootRaw ? resolve(cwd, webRootRaw) : undefined,
      demoData: parseFlag(env, 'FLOWHALL_DEMO_DATA', true, problems),
      sessionHours: parsePositiveInt(env, 'SESSION_HOURS', 12, problems, 24 * 90, 1),
      secureCookies: parseFlag(env, 'SECURE_COOKIES', false, problems),
      trustProxy: parseFlag(env, 'TRUST_PROXY', false, problems),
      loginWindowMinutes: parsePositiveInt(env, 'LOGIN_WINDOW_MINUTES', 15, problems, 24 * 60, 1),
      loginFailuresPerAccount: parsePositiveInt(env, 'LOGIN_FAILURES_PER_ACCOUNT', 5, problems, 1000, 1),
      loginFailuresPerAddress: parsePositiveInt(env, 'LOGIN_FAILURES_PER_ADDRESS', 20, problems, 100_000, 1),
      plugins: parsePlugins(env.FLOWHALL_PLUGINS, problems),
      uploadMaxMb: parsePositiveInt(env, 'UPLOAD_MAX_MB', 20, problems, 1024, 1),
      uploadMaxFiles: parsePositiveInt(env, 'UPLOAD_MAX_FILES', 10, problems, 100, 1),
      notify: readNotifySettings(env, problems),
    },
    problems,
  };
}
