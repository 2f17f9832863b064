import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { QueryTypes } from 'sequelize';
import { Database } from '../db/database';

interface PersonRow {
  userId: number | null;
  active: boolean | number | null;
}

// SQLite answers booleans as 0/1, PostgreSQL as true/false.
const isActive = (row: PersonRow): boolean =>
  row.userId !== null && (row.active === true || row.active === 1);

/**
 * The organisation questions the case engine asks, answered from the database directly (one query
 * each) rather than from a snapshot. Deactivated people are nobody: a department whose head left
 * has no head until an administrator names one.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class OrgDirectoryService {
  @Inject()
  db!: Database;

  /** The head of the department `levels` steps up (0: the department itself; 1: its parent...). */
  async headOf(departmentId: number, levels = 0): Promise<number | undefined> {
    return this.personUp(departmentId, levels, 'head_user_id');
  }

  /** The leader in charge (分管领导) of the department `levels` steps up (0: itself). */
  async leaderInChargeOf(departmentId: number, levels = 0): Promise<number | undefined> {
    return this.personUp(departmentId, levels, 'leader_in_charge_user_id');
  }

  /**
   * Active holders of a role, ordered by id. With a department, only those holding the role in that
   * department; with null, every holder (as the engine's `roleHolders(role)` means).
   */
  async holdersOf(roleKey: string, departmentId: number | null): Promise<number[]> {
    const rows = await this.db.sequelize.query<PersonRow>(
      `SELECT DISTINCT u.id AS "userId", u.active AS "active"
         FROM role_holders h
         JOIN roles r ON r.id = h.role_id
         JOIN users u ON u.id = h.user_id
        WHERE r.key = :roleKey ${departmentId === null ? '' : 'AND h.department_id = :departmentId'}
        ORDER BY u.id`,
      { replacements: { roleKey, departmentId }, type: QueryTypes.SELECT },
    );
    return rows.filter(isActive).map((r) => Number(r.userId));
  }

  /** The department an active user belongs to. */
  async departmentOf(userId: number): Promise<number | undefined> {
    const user = await this.db.models.User.findByPk(userId, { attributes: ['id', 'departmentId', 'active'] });
    return user && user.active && user.departmentId !== null ? user.departmentId : undefined;
  }

  /** Walks up the tree in one recursive query (both databases support WITH RECURSIVE). */
  private async personUp(
    departmentId: number,
    levels: number,
    column: 'head_user_id' | 'leader_in_charge_user_id',
  ): Promise<number | undefined> {
    if (!Number.isInteger(levels) || levels < 0 || levels > 32) return undefined;
    const rows = await this.db.sequelize.query<PersonRow>(
      `WITH RECURSIVE up (id, parent_id, person_id, depth) AS (
         SELECT id, parent_id, ${column}, 0 FROM departments WHERE id = :departmentId
         UNION ALL
         SELECT d.id, d.parent_id, d.${column}, up.depth + 1
           FROM departments d JOIN up ON d.id = up.parent_id
          WHERE up.depth < :levels
       )
       SELECT u.id AS "userId", u.active AS "active"
         FROM up LEFT JOIN users u ON u.id = up.person_id
        WHERE up.depth = :levels`,
      { replacements: { departmentId, levels }, type: QueryTypes.SELECT },
    );
    const row = rows[0];
    return row && isActive(row) ? Number(row.userId) : undefined;
  }
}
