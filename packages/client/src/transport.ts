import { ApiError } from './api-error';
import { CookieJar } from './cookie-jar';
import type { ErrorBody } from './types';

export interface TransportOptions {
  /** Server origin, e.g. `http://localhost:7001`; empty for same-origin calls from the web app. */
  baseUrl?: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * Sent as `Accept-Language`, so error messages come back in the reader's language. A function
   * is asked on every request (the web app's language can change while it runs).
   */
  language?: string | (() => string);
  /** An API token (`POST /api/me/tokens`), sent as `Authorization: Bearer`; no cookies or CSRF needed. */
  token?: string;
}

export interface RequestOptions {
  /** Makes submit and act safe to retry: the server answers a repeat with the first answer. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
  /** Answer the body as bytes (`BinaryResponse`) instead of parsing JSON: PDFs, downloads. */
  binary?: boolean;
}

/** What a `binary: true` request answers. */
export interface BinaryResponse {
  bytes: Uint8Array;
  contentType: string;
  contentDisposition: string | null;
}

/** Sends one request and returns the parsed JSON answer; a non-2xx answer throws `ApiError`. */
export type Request = <T>(
  method: string,
  path: string,
  body?: unknown,
  options?: RequestOptions,
) => Promise<T>;

const CSRF_COOKIE = 'flowhall_csrf';
const CSRF_HEADER = 'x-csrf-token';

function browserCookie(name: string): string | undefined {
  const doc = (globalThis as { document?: { cookie: string } }).document;
  if (!doc) return undefined;
  const found = doc.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : undefined;
}

export function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The HTTP core of the client. In a browser the session cookie travels by itself; elsewhere the
 * transport keeps its own cookie jar, so one client object is one signed-in user.
 */
export function createTransport(options: TransportOptions = {}): Request {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? fetch;
  const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';
  const jar = inBrowser ? undefined : new CookieJar();

  return async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    requestOptions: RequestOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...requestOptions.headers };
    const language = typeof options.language === 'function' ? options.language() : options.language;
    if (language) headers['accept-language'] = language;
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (requestOptions.idempotencyKey) headers['idempotency-key'] = requestOptions.idempotencyKey;
    const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
    const csrf = jar ? jar.get(CSRF_COOKIE) : browserCookie(CSRF_COOKIE);
    if (csrf && method !== 'GET' && method !== 'HEAD') headers[CSRF_HEADER] = csrf;
    if (jar) {
      const cookie = jar.header();
      if (cookie) headers.cookie = cookie;
    }
    const response = await doFetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
      credentials: 'same-origin',
    });
    if (jar) jar.store(response.headers.getSetCookie?.() ?? []);
    if (requestOptions.binary && response.ok) {
      const binary: BinaryResponse = {
        bytes: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? '',
        contentDisposition: response.headers.get('content-disposition'),
      };
      return binary as T;
    }
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
  };
}
