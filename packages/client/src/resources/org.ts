import { queryString, Request } from '../transport';
import type {
  DepartmentNode,
  Identity,
  ImportProblem,
  ImportResult,
  PersonRef,
  RoleView,
  UserCard,
  UserDetail,
} from '@flowhall/schema';

export type { DepartmentNode, PersonRef, UserCard, UserDetail };

export interface Department {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  parentId: number | null;
  sortOrder: number;
  headUserId: number | null;
  leaderInChargeUserId: number | null;
}

export interface DepartmentInput {
  code?: string;
  name?: string;
  nameEn?: string | null;
  parentId?: number | null;
  sortOrder?: number;
  headUserId?: number | null;
  leaderInChargeUserId?: number | null;
}

export interface UserSearch {
  q?: string;
  departmentId?: number;
  roleKey?: string;
  limit?: number;
  cursor?: string;
  /** Administrators only: include deactivated users. */
  includeInactive?: boolean;
}

export interface UserFields {
  displayName?: string;
  departmentId?: number | null;
  identity?: Identity;
  staffNo?: string | null;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  active?: boolean;
  password?: string;
}

export type { ImportProblem, ImportResult, RoleView };

export interface OrgApi {
  departments(): Promise<{ items: DepartmentNode[] }>;
  createDepartment(input: DepartmentInput & { code: string; name: string }): Promise<Department>;
  updateDepartment(id: number, input: DepartmentInput): Promise<Department>;
  deleteDepartment(id: number): Promise<void>;
  users(query?: UserSearch): Promise<{ items: UserCard[]; nextCursor: string | null }>;
  user(id: number): Promise<UserDetail>;
  createUser(
    input: UserFields & { username: string; displayName: string; password: string },
  ): Promise<UserDetail>;
  updateUser(id: number, input: UserFields): Promise<UserDetail>;
  roles(): Promise<{ items: RoleView[] }>;
  createRole(input: { key: string; name: string; nameEn?: string | null }): Promise<RoleView>;
  setRoleHolders(
    key: string,
    holders: Array<{ userId: number; departmentId: number | null }>,
  ): Promise<RoleView>;
  /** Imports CSV text; problems arrive as `ApiError` 400 IMPORT_INVALID with `ImportProblem[]` details. */
  importCsv(input: { departmentsCsv?: string; usersCsv?: string }): Promise<ImportResult>;
}

export function orgApi(request: Request): OrgApi {
  return {
    departments: () => request('GET', '/api/org/departments'),
    createDepartment: (input) => request('POST', '/api/org/departments', input),
    updateDepartment: (id, input) => request('PATCH', `/api/org/departments/${id}`, input),
    deleteDepartment: async (id) => {
      await request<{ ok: true }>('DELETE', `/api/org/departments/${id}`);
    },
    users: (query = {}) => request('GET', `/api/org/users${queryString(query)}`),
    user: (id) => request('GET', `/api/org/users/${id}`),
    createUser: (input) => request('POST', '/api/org/users', input),
    updateUser: (id, input) => request('PATCH', `/api/org/users/${id}`, input),
    roles: () => request('GET', '/api/org/roles'),
    createRole: (input) => request('POST', '/api/org/roles', input),
    setRoleHolders: (key, holders) =>
      request('PUT', `/api/org/roles/${encodeURIComponent(key)}/holders`, { holders }),
    importCsv: (input) => request('POST', '/api/org/import', input),
  };
}
