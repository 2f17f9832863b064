import type { ImportResult } from '@flowhall/schema';
import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import bcrypt from 'bcryptjs';
import { OrgSnapshotService } from '../cases/org-snapshot';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import { wouldCycle } from './department-service';
import {
  departmentRows,
  DepartmentImportRow,
  ImportProblem,
  readImportFile,
  userRows,
  UserImportRow,
} from './org-import-rows';
import { BCRYPT_COST } from './user-admin-service';

export type { ImportResult };

const MAX_REPORTED = 200;

/**
 * Imports departments and users from CSV: everything is checked first (every problem reported
 * with its line and column), then written in one transaction, so a file either imports whole or
 * not at all. Existing codes and usernames are updated, so importing the same file twice is safe.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class OrgImportService {
  @Inject()
  db!: Database;

  @Inject()
  snapshot!: OrgSnapshotService;

  async import(input: { departmentsCsv?: string; usersCsv?: string }): Promise<ImportResult> {
    const problems: ImportProblem[] = [];
    const departments =
      input.departmentsCsv === undefined
        ? []
        : departmentRows(readImportFile('departments', input.departmentsCsv, problems), problems);
    const users =
      input.usersCsv === undefined
        ? []
        : userRows(readImportFile('users', input.usersCsv, problems), problems);
    const { Department, User } = this.db.models;
    const existingDepartments = await Department.findAll({
      attributes: ['id', 'code', 'parentId'],
      raw: true,
    });
    const codes = new Set([...existingDepartments.map((d) => d.code), ...departments.map((d) => d.code)]);
    this.checkTree(departments, existingDepartments, problems);
    const usernames = users.map((u) => u.username).filter(Boolean);
    const known = new Set(
      usernames.length
        ? (await User.findAll({ attributes: ['username'], where: { username: usernames }, raw: true })).map(
            (u) => u.username,
          )
        : [],
    );
    for (const user of users) {
      if (user.departmentCode && !codes.has(user.departmentCode)) {
        problems.push({
          file: 'users',
          line: user.line,
          column: 'department_code',
          message: '没有这个部门编码 / no department has this code',
        });
      }
      if (!user.password && user.username && !known.has(user.username)) {
        problems.push({
          file: 'users',
          line: user.line,
          column: 'password',
          message: '新用户必须设置密码 / a new user needs a password',
        });
      }
    }
    if (problems.length) {
      throw new AppError(
        400,
        'IMPORT_INVALID',
        `导入文件有 ${problems.length} 处问题，未导入任何数据 / The import has ${problems.length} problem(s); nothing was imported`,
        problems.slice(0, MAX_REPORTED),
      );
    }
    // Hashing is slow on purpose; do it before the transaction takes the write lock.
    const hashes = new Map<string, string>();
    for (const user of users) {
      if (user.password) hashes.set(user.username, await bcrypt.hash(user.password, BCRYPT_COST));
    }
    const result = await this.db.transaction(async (transaction) => {
      const counts: ImportResult = {
        departments: { created: 0, updated: 0 },
        users: { created: 0, updated: 0 },
      };
      const idOf = new Map(
        (await Department.findAll({ attributes: ['id', 'code'], raw: true, transaction })).map((d) => [
          d.code,
          d.id,
        ]),
      );
      // Parents first, so every parent code resolves to an id by the time its children arrive.
      for (const row of this.parentsFirst(departments)) {
        const parentId =
          row.parentCode === undefined
            ? undefined
            : row.parentCode === null
              ? null
              : idOf.get(row.parentCode);
        const fields = {
          name: row.name,
          ...(row.nameEn !== undefined ? { nameEn: row.nameEn } : {}),
          ...(parentId !== undefined ? { parentId } : {}),
        };
        const id = idOf.get(row.code);
        if (id === undefined) {
          const created = await Department.create(
            {
              code: row.code,
              nameEn: null,
              parentId: null,
              headUserId: null,
              leaderInChargeUserId: null,
              ...fields,
            },
            { transaction },
          );
          idOf.set(row.code, created.id);
          counts.departments.created += 1;
        } else {
          await Department.update(fields, { where: { id }, transaction });
          counts.departments.updated += 1;
        }
      }
      const existing = new Map(
        usernames.length
          ? (await User.findAll({ where: { username: usernames }, transaction })).map((u) => [u.username, u])
          : [],
      );
      for (const row of users) {
        const fields = this.userFields(row, idOf, hashes.get(row.username));
        const current = existing.get(row.username);
        if (current) {
          await current.update(fields, { transaction });
          counts.users.updated += 1;
        } else {
          await User.create(
            {
              username: row.username,
              displayName: row.displayName,
              passwordHash: hashes.get(row.username) as string,
              departmentId: null,
              identity: 'staff',
              staffNo: null,
              title: null,
              phone: null,
              email: null,
              ...fields,
            },
            { transaction },
          );
          counts.users.created += 1;
        }
      }
      return counts;
    });
    this.snapshot.invalidate();
    return result;
  }

  private userFields(
    row: UserImportRow,
    idOf: Map<string, number>,
    passwordHash: string | undefined,
  ): Record<string, unknown> {
    const fields: Record<string, unknown> = { displayName: row.displayName };
    if (row.departmentCode !== undefined)
      fields.departmentId = row.departmentCode === null ? null : (idOf.get(row.departmentCode) ?? null);
    if (row.identity !== undefined) fields.identity = row.identity;
    for (const key of ['staffNo', 'title', 'phone', 'email'] as const)
      if (row[key] !== undefined) fields[key] = row[key];
    if (passwordHash !== undefined) fields.passwordHash = passwordHash;
    return fields;
  }

  /** Parent codes must exist (in the file or the database) and the result must stay a tree. */
  private checkTree(
    rows: DepartmentImportRow[],
    existing: Array<{ id: number; code: string; parentId: number | null }>,
    problems: ImportProblem[],
  ): void {
    const codeOfId = new Map(existing.map((d) => [d.id, d.code]));
    // The tree after the import, by code: the database's, with the file's parents laid over it.
    const parentOf = new Map<string, string | null>(
      existing.map((d) => [d.code, d.parentId === null ? null : (codeOfId.get(d.parentId) ?? null)]),
    );
    for (const row of rows) {
      if (!row.code) continue;
      if (!parentOf.has(row.code)) parentOf.set(row.code, null);
      if (row.parentCode !== undefined) parentOf.set(row.code, row.parentCode);
    }
    const index = new Map([...parentOf.keys()].map((code, i) => [code, i + 1]));
    const numericParent = new Map<number, number | null>(
      [...parentOf].map(([code, parent]) => [
        index.get(code) as number,
        parent === null ? null : (index.get(parent) ?? null),
      ]),
    );
    for (const row of rows) {
      if (!row.code || !row.parentCode) continue;
      if (!index.has(row.parentCode)) {
        problems.push({
          file: 'departments',
          line: row.line,
          column: 'parent_code',
          message: '没有这个上级部门编码 / no department has this code',
        });
      } else if (
        wouldCycle(index.get(row.code) as number, index.get(row.parentCode) as number, numericParent)
      ) {
        problems.push({
          file: 'departments',
          line: row.line,
          column: 'parent_code',
          message: '上级部门形成了循环 / the parents form a cycle',
        });
      }
    }
  }

  /** The file's departments ordered so each comes after its parent (when the parent is in the file). */
  private parentsFirst(rows: DepartmentImportRow[]): DepartmentImportRow[] {
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const ordered: DepartmentImportRow[] = [];
    const placed = new Set<string>();
    const place = (row: DepartmentImportRow, depth: number): void => {
      if (placed.has(row.code) || depth > rows.length) return;
      const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
      if (parent) place(parent, depth + 1);
      placed.add(row.code);
      ordered.push(row);
    };
    for (const row of rows) place(row, 0);
    return ordered;
  }
}
