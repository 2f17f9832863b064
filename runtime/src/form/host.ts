import type { FlowhallHost } from '@flowhall/designer/host';
import { api } from '../api';
import { currentLocale } from '../i18n/locale-context';

function queryString(query: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The host the form components and designer panels reach the API through: the app's one client,
 * so they share its session cookie, CSRF header and language. `locale` is read on every access
 * because the user can switch languages while a form is open.
 */
export const runtimeHost: FlowhallHost = {
  request: (method, path, options = {}) =>
    api.request(method, `${path}${options.query ? queryString(options.query) : ''}`, options.body),
  upload: (files) => api.files.upload(files),
  fileUrl: (id) => api.files.downloadUrl(id),
  get locale() {
    return currentLocale();
  },
};
