import { ApiError } from './api-error';
import { CookieJar } from './cookie-jar';
import type { ErrorBody, HealthReport, Page, ServiceCard, ServiceQuery, UserProfile } from './types';

export interface ClientOptions {
  /** Server origin, e.g. `http://localhost:7001`; empty for same-origin calls from the web app. */
  baseUrl?: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

export interface FlowhallClient {
  health(): Promise<HealthReport>;
  auth: {
    login(username: string, password: string): Promise<{ user: UserProfile; csrfToken: string }>;
    logout(): Promise<void>;
    me(): Promise<UserProfile>;
  };
  hall: {
    services(query?: ServiceQuery): Promise<Page<ServiceCard>>;
  };
  /** Low-level call for endpoints without a typed method yet; errors arrive as `ApiError`. */
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
}

const CSRF_COOKIE = 'flowhall_csrf';
const CSRF_HEADER = 'x-csrf-token';

function browserCookie(name: string): string | undefined {
  const doc = (globalThis as { document?: { cookie: string } }).document;
  if (!doc) return undefined;
  const found = doc.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : undefined;
}

function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Creates a client for the Flowhall REST API. In a browser the session cookie travels by itself;
 * elsewhere the client keeps its own cookie jar, so one client object is one signed-in user.
 */
export function createClient(options: ClientOptions = {}): FlowhallClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? fetch;
  const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';
  const jar = inBrowser ? undefined : new CookieJar();

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const csrf = jar ? jar.get(CSRF_COOKIE) : browserCookie(CSRF_COOKIE);
    if (csrf && method !== 'GET' && method !== 'HEAD') headers[CSRF_HEADER] = csrf;
    if (jar) {
      const cookie = jar.header();
      if (cookie) headers.cookie = cookie;
    }
    const response = await doFetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    if (jar) jar.store(response.headers.getSetCookie?.() ?? []);
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (!response.ok) {
      const error =
        parsed && typeof parsed === 'object' && 'code' in parsed
          ? (parsed as ErrorBody)
          : { code: `HTTP_${response.status}`, message: text || response.statusText };
      throw new ApiError(response.status, error);
    }
    return parsed as T;
  }

  return {
    health: () => request<HealthReport>('GET', '/api/health'),
    auth: {
      login: (username, password) =>
        request<{ user: UserProfile; csrfToken: string }>('POST', '/api/auth/login', { username, password }),
      logout: async () => {
        await request<{ ok: true }>('POST', '/api/auth/logout');
      },
      me: () => request<UserProfile>('GET', '/api/me'),
    },
    hall: {
      services: (query = {}) => request<Page<ServiceCard>>('GET', `/api/hall/services${queryString(query)}`),
    },
    request,
  };
}
