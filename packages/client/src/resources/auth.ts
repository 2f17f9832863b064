import type { Request } from '../transport';
import type { HealthReport, UserProfile } from '../types';

export interface AuthApi {
  login(username: string, password: string): Promise<{ user: UserProfile; csrfToken: string }>;
  logout(): Promise<void>;
  me(): Promise<UserProfile>;
}

export function authApi(request: Request): AuthApi {
  return {
    login: (username, password) =>
      request<{ user: UserProfile; csrfToken: string }>('POST', '/api/auth/login', { username, password }),
    logout: async () => {
      await request<{ ok: true }>('POST', '/api/auth/logout');
    },
    me: () => request<UserProfile>('GET', '/api/me'),
  };
}

export const health = (request: Request) => (): Promise<HealthReport> =>
  request<HealthReport>('GET', '/api/health');
