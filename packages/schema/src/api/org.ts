// The shapes of the organisation API, shared by the server (which answers with them) and the
// client (which receives them).

export type Identity = 'staff' | 'undergraduate' | 'postgraduate' | 'other';

export interface DepartmentSummary {
  id: number;
  code: string;
  name: string;
  /** Names from the root down to this department, e.g. 示范大学 / 计算机学院. */
  path: string[];
}

export interface PersonRef {
  id: number;
  displayName: string;
}

export interface DepartmentNode {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  parentId: number | null;
  sortOrder: number;
  head: PersonRef | null;
  leaderInCharge: PersonRef | null;
  children: DepartmentNode[];
}

export interface UserCard {
  id: number;
  username: string;
  displayName: string;
  department: DepartmentSummary | null;
  title: string | null;
  active: boolean;
}

export interface UserDetail extends UserCard {
  identity: Identity;
  staffNo: string | null;
  phone: string | null;
  email: string | null;
}

/** A role with everyone holding it (optionally within one department). */
export interface RoleView {
  key: string;
  name: string;
  nameEn: string | null;
  holders: Array<{ userId: number; displayName: string; departmentId: number | null }>;
}

/** One problem of a CSV import: which file, line and column, and what is wrong. */
export interface ImportProblem {
  file: 'departments' | 'users';
  line: number;
  column: string;
  message: string;
}

export interface ImportResult {
  departments: { created: number; updated: number };
  users: { created: number; updated: number };
}
