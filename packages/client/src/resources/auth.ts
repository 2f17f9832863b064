import type { ApiToken, Delegation } from '@flowhall/schema';
import type { Request } from '../transport';
import type { HealthReport, UserProfile } from '../types';

export type { ApiToken, Delegation };

export interface DelegationInput {
  delegateUserId: number;
  /** ISO 8601 with a zone, e.g. `2026-03-01T09:00:00+08:00`. */
  startsAt: string;
  endsAt: string;
  reason?: string | null;
}

export interface AuthApi {
  login(username: string, password: string): Promise<{ user: UserProfile; csrfToken: string }>;
  logout(): Promise<void>;
  me(): Promise<UserProfile>;
  /** Creates a bearer token for API clients; `token` is shown only in this answer. */
  createToken(input: { name: string; expiresInDays?: number }): Promise<ApiToken & { token: string }>;
  tokens(): Promise<{ items: ApiToken[] }>;
  revokeToken(id: number): Promise<void>;
  /** My out-of-office delegations. */
  delegations(): Promise<{ items: Delegation[] }>;
  delegate(input: DelegationInput): Promise<Delegation>;
  cancelDelegation(id: number): Promise<void>;
}

export function authApi(request: Request): AuthApi {
  return {
    login: (username, password) =>
      request<{ user: UserProfile; csrfToken: string }>('POST', '/api/auth/login', { username, password }),
    logout: async () => {
      await request<{ ok: true }>('POST', '/api/auth/logout');
    },
    me: () => request<UserProfile>('GET', '/api/me'),
    createToken: (input) => request('POST', '/api/me/tokens', input),
    tokens: () => request('GET', '/api/me/tokens'),
    revokeToken: async (id) => {
      await request<{ ok: true }>('DELETE', `/api/me/tokens/${id}`);
    },
    delegations: () => request('GET', '/api/me/delegations'),
    delegate: (input) => request('POST', '/api/me/delegations', input),
    cancelDelegation: async (id) => {
      await request<{ ok: true }>('DELETE', `/api/me/delegations/${id}`);
    },
  };
}

export const health = (request: Request) => (): Promise<HealthReport> =>
  request<HealthReport>('GET', '/api/health');
