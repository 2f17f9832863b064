import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Op, type Transaction } from 'sequelize';
import { OrgSnapshotService } from '../cases/org-snapshot';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import type { DepartmentRow } from '../db/models';
import { departmentNotFound, userNotFound } from './org-input';
import type { DepartmentNode, PersonRef } from '@flowhall/schema';

export type { DepartmentNode, PersonRef };

export interface DepartmentInput {
  code?: string;
  name?: string;
  nameEn?: string | null;
  parentId?: number | null;
  sortOrder?: number;
  headUserId?: number | null;
  leaderInChargeUserId?: number | null;
}

export const departmentCycle = (): AppError =>
  new AppError(
    400,
    'DEPARTMENT_CYCLE',
    '不能把部门移到它自己或它的下级部门之下 / A department cannot move under itself or its own sub-department',
  );

export const departmentCodeTaken = (code: string): AppError =>
  new AppError(409, 'DEPARTMENT_CODE_TAKEN', `部门编码已存在 / The department code "${code}" is taken`);

/** True when making `parentId` the parent of `id` would close a loop; `parentOf` maps every department. */
export function wouldCycle(
  id: number,
  parentId: number | null,
  parentOf: Map<number, number | null>,
): boolean {
  let next = parentId;
  for (let steps = 0; next !== null && next !== undefined; steps += 1) {
    if (next === id || steps > parentOf.size) return true;
    next = parentOf.get(next) ?? null;
  }
  return false;
}

@Provide()
@Scope(ScopeEnum.Singleton)
export class DepartmentService {
  @Inject()
  db!: Database;

  @Inject()
  snapshot!: OrgSnapshotService;

  /** The whole tree in two queries: departments are few, and pickers want all of them at once. */
  async tree(): Promise<DepartmentNode[]> {
    const { Department, User } = this.db.models;
    const rows = await Department.findAll({
      order: [
        ['sortOrder', 'ASC'],
        ['id', 'ASC'],
      ],
    });
    const peopleIds = new Set<number>();
    for (const row of rows) {
      if (row.headUserId !== null) peopleIds.add(row.headUserId);
      if (row.leaderInChargeUserId !== null) peopleIds.add(row.leaderInChargeUserId);
    }
    const people = peopleIds.size
      ? await User.findAll({ attributes: ['id', 'displayName'], where: { id: [...peopleIds] }, raw: true })
      : [];
    const person = new Map(people.map((p) => [p.id, { id: p.id, displayName: p.displayName }]));
    const nodes = new Map<number, DepartmentNode>();
    for (const row of rows) {
      nodes.set(row.id, {
        id: row.id,
        code: row.code,
        name: row.name,
        nameEn: row.nameEn,
        parentId: row.parentId,
        sortOrder: row.sortOrder,
        head: row.headUserId === null ? null : (person.get(row.headUserId) ?? null),
        leaderInCharge:
          row.leaderInChargeUserId === null ? null : (person.get(row.leaderInChargeUserId) ?? null),
        children: [],
      });
    }
    const roots: DepartmentNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
      (parent ? parent.children : roots).push(node);
    }
    return roots;
  }

  async create(input: DepartmentInput & { code: string; name: string }): Promise<DepartmentRow> {
    const row = await this.db.transaction(async (transaction) => {
      const { Department } = this.db.models;
      if (await Department.findOne({ where: { code: input.code }, transaction }))
        throw departmentCodeTaken(input.code);
      await this.checkReferences(input, transaction);
      return Department.create(
        {
          code: input.code,
          name: input.name,
          nameEn: input.nameEn ?? null,
          parentId: input.parentId ?? null,
          sortOrder: input.sortOrder ?? 0,
          headUserId: input.headUserId ?? null,
          leaderInChargeUserId: input.leaderInChargeUserId ?? null,
        },
        { transaction },
      );
    });
    this.snapshot.invalidate();
    return row;
  }

  async update(id: number, input: DepartmentInput): Promise<DepartmentRow> {
    const row = await this.db.transaction(async (transaction) => {
      const { Department } = this.db.models;
      const row = await Department.findByPk(id, { transaction });
      if (!row) throw departmentNotFound();
      if (input.code !== undefined && input.code !== row.code) {
        const taken = await Department.findOne({
          where: { code: input.code, id: { [Op.ne]: id } },
          transaction,
        });
        if (taken) throw departmentCodeTaken(input.code);
      }
      await this.checkReferences(input, transaction);
      if (input.parentId !== undefined && input.parentId !== null) {
        const all = await Department.findAll({ attributes: ['id', 'parentId'], raw: true, transaction });
        if (wouldCycle(id, input.parentId, new Map(all.map((d) => [d.id, d.parentId]))))
          throw departmentCycle();
      }
      const changes: Partial<DepartmentInput> = {};
      for (const key of Object.keys(input) as Array<keyof DepartmentInput>) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      await row.update(changes, { transaction });
      return row;
    });
    this.snapshot.invalidate();
    return row;
  }

  async remove(id: number): Promise<void> {
    await this.db.transaction(async (transaction) => {
      const { Department, User, RoleHolder } = this.db.models;
      const row = await Department.findByPk(id, { transaction });
      if (!row) throw departmentNotFound();
      const [children, users] = await Promise.all([
        Department.count({ where: { parentId: id }, transaction }),
        User.count({ where: { departmentId: id }, transaction }),
      ]);
      if (children > 0 || users > 0) {
        throw new AppError(
          409,
          'DEPARTMENT_NOT_EMPTY',
          '部门下还有人员或下级部门，不能删除 / The department still has users or sub-departments',
          { users, children },
        );
      }
      // Roles held within the department go with it.
      await RoleHolder.destroy({ where: { departmentId: id }, transaction });
      await row.destroy({ transaction });
    });
    this.snapshot.invalidate();
  }

  private async checkReferences(input: DepartmentInput, transaction: Transaction): Promise<void> {
    const { Department, User } = this.db.models;
    if (input.parentId !== undefined && input.parentId !== null) {
      if (!(await Department.findByPk(input.parentId, { transaction }))) throw departmentNotFound(400);
    }
    const userIds = [input.headUserId, input.leaderInChargeUserId].filter(
      (v): v is number => typeof v === 'number',
    );
    if (userIds.length) {
      const found = await User.count({ where: { id: [...new Set(userIds)], active: true }, transaction });
      if (found !== new Set(userIds).size) throw userNotFound(400);
    }
  }
}
