import { createClient } from '@flowhall/client';

/** The one API client of the web app: same origin, the browser carries the session cookie. */
export const api = createClient();
