import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Database } from '../db/database';
import type { DepartmentSummary } from '@flowhall/schema';
import type { DepartmentRow, Identity } from '../db/models';

export type { DepartmentSummary };

export interface UserProfile {
  id: number;
  username: string;
  displayName: string;
  identity: Identity;
  title: string | null;
  staffNo: string | null;
  phone: string | null;
  email: string | null;
  department: DepartmentSummary | null;
  roles: Array<{ key: string; name: string; departmentId: number | null }>;
  /** Ids of the departments this person heads (the web app offers them their unit's statistics). */
  headOf?: number[];
}

@Provide()
@Scope(ScopeEnum.Singleton)
export class OrgService {
  @Inject()
  db!: Database;

  async profile(userId: number): Promise<UserProfile | undefined> {
    const { User, RoleHolder, Role } = this.db.models;
    const user = await User.findByPk(userId);
    if (!user || !user.active) return undefined;
    const holdings = await RoleHolder.findAll({ where: { userId } });
    const roles = holdings.length ? await Role.findAll({ where: { id: holdings.map((h) => h.roleId) } }) : [];
    const roleById = new Map(roles.map((r) => [r.id, r]));
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      identity: user.identity,
      title: user.title,
      staffNo: user.staffNo,
      phone: user.phone,
      email: user.email,
      department: user.departmentId === null ? null : await this.departmentSummary(user.departmentId),
      roles: holdings.flatMap((h) => {
        const role = roleById.get(h.roleId);
        return role ? [{ key: role.key, name: role.name, departmentId: h.departmentId }] : [];
      }),
      headOf: (
        await this.db.models.Department.findAll({ attributes: ['id'], where: { headUserId: user.id } })
      ).map((d) => d.id),
    };
  }

  async departmentSummary(departmentId: number): Promise<DepartmentSummary | null> {
    const chain: DepartmentRow[] = [];
    let next: number | null = departmentId;
    // The depth guard stops a corrupted parent cycle from looping for ever.
    while (next !== null && chain.length < 32) {
      const row: DepartmentRow | null = await this.db.models.Department.findByPk(next);
      if (!row) break;
      chain.unshift(row);
      next = row.parentId;
    }
    const own = chain[chain.length - 1];
    if (!own || own.id !== departmentId) return null;
    return { id: own.id, code: own.code, name: own.name, path: chain.map((d) => d.name) };
  }
}
