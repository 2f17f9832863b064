import type { RoleView } from '@flowhall/schema';
import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { OrgSnapshotService } from '../cases/org-snapshot';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import { departmentNotFound, roleNotFound, userNotFound } from './org-input';

export type { RoleView };
export type RoleHolderView = RoleView['holders'][number];

export interface HolderInput {
  userId: number;
  departmentId: number | null;
}

@Provide()
@Scope(ScopeEnum.Singleton)
export class RoleService {
  @Inject()
  db!: Database;

  @Inject()
  snapshot!: OrgSnapshotService;

  /** Every role with its holders, in three queries (roles and their holders are few). */
  async list(): Promise<RoleView[]> {
    const { Role, RoleHolder, User } = this.db.models;
    const [roles, holders] = await Promise.all([
      Role.findAll({ order: [['key', 'ASC']] }),
      RoleHolder.findAll({ order: [['id', 'ASC']], raw: true }),
    ]);
    const userIds = [...new Set(holders.map((h) => h.userId))];
    const users = userIds.length
      ? await User.findAll({ attributes: ['id', 'displayName'], where: { id: userIds }, raw: true })
      : [];
    const name = new Map(users.map((u) => [u.id, u.displayName]));
    return roles.map((role) => ({
      key: role.key,
      name: role.name,
      nameEn: role.nameEn,
      holders: holders
        .filter((h) => h.roleId === role.id)
        .map((h) => ({
          userId: h.userId,
          displayName: name.get(h.userId) ?? '',
          departmentId: h.departmentId,
        })),
    }));
  }

  async create(input: { key: string; name: string; nameEn: string | null }): Promise<RoleView> {
    const row = await this.db.transaction(async (transaction) => {
      const { Role } = this.db.models;
      if (await Role.findOne({ where: { key: input.key }, transaction })) {
        throw new AppError(409, 'ROLE_KEY_TAKEN', `角色标识已存在 / The role key "${input.key}" is taken`);
      }
      return Role.create(input, { transaction });
    });
    return { key: row.key, name: row.name, nameEn: row.nameEn, holders: [] };
  }

  /** Replaces every holder of the role in one transaction; duplicates are collapsed. */
  async replaceHolders(key: string, holders: HolderInput[]): Promise<RoleView> {
    const unique = [...new Map(holders.map((h) => [`${h.userId}:${h.departmentId ?? ''}`, h])).values()];
    await this.db.transaction(async (transaction) => {
      const { Role, RoleHolder, User, Department } = this.db.models;
      const role = await Role.findOne({ where: { key }, transaction });
      if (!role) throw roleNotFound();
      const userIds = [...new Set(unique.map((h) => h.userId))];
      const deptIds = [...new Set(unique.map((h) => h.departmentId).filter((d): d is number => d !== null))];
      if (userIds.length && (await User.count({ where: { id: userIds }, transaction })) !== userIds.length) {
        throw userNotFound(400);
      }
      if (
        deptIds.length &&
        (await Department.count({ where: { id: deptIds }, transaction })) !== deptIds.length
      ) {
        throw departmentNotFound(400);
      }
      await RoleHolder.destroy({ where: { roleId: role.id }, transaction });
      if (unique.length) {
        await RoleHolder.bulkCreate(
          unique.map((h) => ({ roleId: role.id, userId: h.userId, departmentId: h.departmentId })),
          { transaction },
        );
      }
    });
    this.snapshot.invalidate();
    const view = (await this.list()).find((r) => r.key === key);
    if (!view) throw roleNotFound();
    return view;
  }
}
