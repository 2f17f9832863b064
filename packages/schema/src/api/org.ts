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
