/** Cookie names shared by the server and the web client (the client reads only the CSRF one). */
export const SESSION_COOKIE = 'flowhall_session';
export const CSRF_COOKIE = 'flowhall_csrf';
export const CSRF_HEADER = 'x-csrf-token';
