/**
 * How the layout wraps a route:
 * - `public`: the letter verification pages, open to anyone and shown without the app's chrome;
 * - `login`: the sign-in page, open to anyone;
 * - `print`: print views, signed-in only, without the chrome so the paper shows only the case;
 * - `app`: everything else, signed-in only, inside the header and navigation.
 */
export type RouteMode = 'public' | 'login' | 'print' | 'app';

export function routeMode(pathname: string): RouteMode {
  if (pathname === '/verify' || pathname.startsWith('/verify/')) return 'public';
  if (pathname === '/login') return 'login';
  if (/\/print\/?$/.test(pathname)) return 'print';
  return 'app';
}
