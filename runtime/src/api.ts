import { createClient } from '@flowhall/client';
import { currentLocale } from './i18n/locale-context';

/**
 * The one API client of the web app: same origin, the browser carries the session cookie, and
 * every request asks for messages in the language the page shows.
 */
export const api = createClient({ language: currentLocale });
