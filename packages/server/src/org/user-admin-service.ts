import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import bcrypt from 'bcryptjs';
import { Op, Sequelize, WhereOptions } from 'sequelize';
import { OrgSnapshotService } from '../cases/org-snapshot';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import type { Identity, UserRow } from '../db/models';
import { departmentNotFound, userNotFound } from './org-input';
import type { DepartmentSummary, UserCard, UserDetail } from '@flowhall/schema';

export type { UserCard, UserDetail };

export interface UserSearch {
  q?: string;
  departmentId?: number;
  roleKey?: string;
  limit: number;
  /** The last id of the previous page. */
  after?: number;
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

export const BCRYPT_COST = 10;

export const usernameTaken = (username: string): AppError =>
  new AppError(409, 'USERNAME_TAKEN', `用户名已被使用 / The username "${username}" is taken`);

@Provide()
@Scope(ScopeEnum.Singleton)
export class UserAdminService {
  @Inject()
  db!: Database;

  @Inject()
  snapshot!: OrgSnapshotService;

  /** One page of users by id (keyset), plus one query for the departments of the whole page. */
  async search(query: UserSearch): Promise<{ items: UserCard[]; nextCursor: string | null }> {
    const { User, Role } = this.db.models;
    const and: WhereOptions<UserRow>[] = [];
    if (!query.includeInactive) and.push({ active: true });
    if (query.after !== undefined) and.push({ id: { [Op.gt]: query.after } });
    if (query.departmentId !== undefined) and.push({ departmentId: query.departmentId });
    if (query.roleKey !== undefined) {
      const role = await Role.findOne({ where: { key: query.roleKey } });
      if (!role) return { items: [], nextCursor: null };
      // role.id comes from the database, so the sub-select carries no user input.
      and.push({
        id: {
          [Op.in]: Sequelize.literal(`(SELECT user_id FROM role_holders WHERE role_id = ${Number(role.id)})`),
        },
      });
    }
    const q = query.q?.trim().toLowerCase();
    if (q) {
      // A literal substring test (no LIKE wildcards to escape), case-insensitive on both databases.
      const position = this.db.dialect === 'postgres' ? 'strpos' : 'instr';
      const contains = (column: string) =>
        Sequelize.where(Sequelize.fn(position, Sequelize.fn('lower', Sequelize.col(column)), q), Op.gt, 0);
      and.push({ [Op.or]: [contains('username'), contains('display_name'), contains('staff_no')] });
    }
    const rows = await User.findAll({
      where: { [Op.and]: and },
      order: [['id', 'ASC']],
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const summaries = await this.departmentSummaries();
    return {
      items: page.map((row) => this.card(row, summaries)),
      nextCursor: rows.length > query.limit && page.length ? String(page[page.length - 1]?.id) : null,
    };
  }

  async detail(id: number): Promise<UserDetail> {
    const row = await this.db.models.User.findByPk(id);
    if (!row) throw userNotFound();
    return this.detailOf(row, await this.departmentSummaries());
  }

  async create(
    input: UserFields & { username: string; displayName: string; password: string },
  ): Promise<UserDetail> {
    const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
    const row = await this.db.transaction(async (transaction) => {
      const { User, Department } = this.db.models;
      if (await User.findOne({ where: { username: input.username }, transaction }))
        throw usernameTaken(input.username);
      if (
        typeof input.departmentId === 'number' &&
        !(await Department.findByPk(input.departmentId, { transaction }))
      ) {
        throw departmentNotFound(400);
      }
      return User.create(
        {
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          departmentId: input.departmentId ?? null,
          identity: input.identity ?? 'staff',
          staffNo: input.staffNo ?? null,
          title: input.title ?? null,
          phone: input.phone ?? null,
          email: input.email ?? null,
          active: input.active ?? true,
        },
        { transaction },
      );
    });
    this.snapshot.invalidate();
    return this.detailOf(row, await this.departmentSummaries());
  }

  /**
   * Updates profile fields. Deactivating a user signs them out everywhere: their sessions and API
   * tokens are deleted in the same transaction, and sign-in refuses inactive accounts.
   */
  async update(id: number, input: UserFields): Promise<UserDetail> {
    const passwordHash =
      input.password === undefined ? undefined : await bcrypt.hash(input.password, BCRYPT_COST);
    const row = await this.db.transaction(async (transaction) => {
      const { User, Department, Session, ApiToken } = this.db.models;
      const row = await User.findByPk(id, { transaction });
      if (!row) throw userNotFound();
      if (
        typeof input.departmentId === 'number' &&
        !(await Department.findByPk(input.departmentId, { transaction }))
      ) {
        throw departmentNotFound(400);
      }
      const { password: _password, ...fields } = input;
      const changes: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) changes[key] = value;
      if (passwordHash !== undefined) changes.passwordHash = passwordHash;
      await row.update(changes, { transaction });
      if (input.active === false) {
        await Session.destroy({ where: { userId: id }, transaction });
        await ApiToken.destroy({ where: { userId: id }, transaction });
      } else if (passwordHash !== undefined) {
        // A new password ends the sessions opened with the old one.
        await Session.destroy({ where: { userId: id }, transaction });
      }
      return row;
    });
    this.snapshot.invalidate();
    return this.detailOf(row, await this.departmentSummaries());
  }

  async holdsRole(userId: number, roleKey: string): Promise<boolean> {
    const role = await this.db.models.Role.findOne({ where: { key: roleKey } });
    if (!role) return false;
    return (await this.db.models.RoleHolder.count({ where: { roleId: role.id, userId } })) > 0;
  }

  /** Every department's summary (with its path), from one query: departments are few. */
  async departmentSummaries(): Promise<Map<number, DepartmentSummary>> {
    const rows = await this.db.models.Department.findAll({
      attributes: ['id', 'code', 'name', 'parentId'],
      raw: true,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const summaries = new Map<number, DepartmentSummary>();
    for (const row of rows) {
      const path: string[] = [];
      let next: (typeof rows)[number] | undefined = row;
      while (next && path.length < 32) {
        path.unshift(next.name);
        next = next.parentId === null ? undefined : byId.get(next.parentId);
      }
      summaries.set(row.id, { id: row.id, code: row.code, name: row.name, path });
    }
    return summaries;
  }

  private card(row: UserRow, summaries: Map<number, DepartmentSummary>): UserCard {
    return {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      department: row.departmentId === null ? null : (summaries.get(row.departmentId) ?? null),
      title: row.title,
      active: row.active,
    };
  }

  private detailOf(row: UserRow, summaries: Map<number, DepartmentSummary>): UserDetail {
    return {
      ...this.card(row, summaries),
      identity: row.identity,
      staffNo: row.staffNo,
      phone: row.phone,
      email: row.email,
    };
  }
}
