import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { QueryTypes } from 'sequelize';
import { Database } from '../db/database';
import { statisticsSql } from './statistics-sql';
import type {
  BacklogRow,
  CaseStatistics,
  DurationRow,
  DurationStatistics,
  RatingRow,
} from '@flowhall/schema';
import type { StatisticsQuery } from './statistics-types';

// PostgreSQL answers COUNT and AVG as strings (bigint, numeric); both answer null for no rows.
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const round1 = (value: unknown): number => Math.round(num(value) * 10) / 10;
const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(String(value)).toISOString();

/** Read-only reports over cases, tasks and ratings (issue 8, R29). */
@Provide()
@Scope(ScopeEnum.Singleton)
export class StatisticsService {
  @Inject()
  db!: Database;

  private select<T extends object>(sql: string, replacements: Record<string, unknown>): Promise<T[]> {
    return this.db.sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });
  }

  /**
   * The period, service and unit filter. `unit` is the condition that puts a row in the unit
   * (cases: the applicant's department; tasks: the department of whoever handled them).
   */
  private scope(
    query: StatisticsQuery,
    column: string,
    alias = '',
    unit = 'c.applicant_dept_id IN (:departmentIds)',
  ): { where: string; params: Record<string, unknown> } {
    const prefix = alias ? `${alias}.` : '';
    const where = [`${prefix}${column} >= :from`, `${prefix}${column} < :to`];
    if (query.definitionKey) where.push(`${prefix}definition_key = :definitionKey`);
    if (query.departmentIds) where.push(unit);
    return {
      where: where.join(' AND '),
      params: {
        from: query.from,
        to: query.to,
        definitionKey: query.definitionKey ?? null,
        // IN () is not SQL; an empty unit (cannot happen: a unit holds itself) matches nothing.
        departmentIds: query.departmentIds?.length ? query.departmentIds : [-1],
      },
    };
  }

  async cases(query: StatisticsQuery): Promise<CaseStatistics> {
    const sql = statisticsSql(this.db.dialect);
    const { where, params } = this.scope(query, 'submitted_at', 'c');
    const [byService, byStatus, byDepartment, overTime] = await Promise.all([
      this.select<{ key: string; name: string; count: unknown }>(
        `SELECT c.definition_key AS "key", MAX(c.definition_name) AS "name", COUNT(*) AS "count"
         FROM cases c WHERE ${where} GROUP BY c.definition_key ORDER BY COUNT(*) DESC`,
        params,
      ),
      this.select<{ status: string; count: unknown }>(
        `SELECT c.status AS "status", COUNT(*) AS "count" FROM cases c WHERE ${where}
         GROUP BY c.status ORDER BY COUNT(*) DESC`,
        params,
      ),
      this.select<{ id: number | null; name: string | null; count: unknown }>(
        `SELECT c.applicant_dept_id AS "id", MAX(d.name) AS "name", COUNT(*) AS "count"
         FROM cases c LEFT JOIN departments d ON d.id = c.applicant_dept_id WHERE ${where}
         GROUP BY c.applicant_dept_id ORDER BY COUNT(*) DESC`,
        params,
      ),
      this.select<{ period: string; status: string; count: unknown }>(
        `SELECT ${sql.period('c.submitted_at', query.interval)} AS "period", c.status AS "status", COUNT(*) AS "count"
         FROM cases c WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
        params,
      ),
    ]);
    return {
      byService: byService.map((r) => ({ key: r.key, name: r.name, count: num(r.count) })),
      byStatus: byStatus.map((r) => ({ status: r.status, count: num(r.count) })),
      byDepartment: byDepartment.map((r) => ({
        id: r.id === null ? null : num(r.id),
        name: r.name ?? '未分配部门',
        count: num(r.count),
      })),
      overTime: overTime.map((r) => ({ period: r.period, status: r.status, count: num(r.count) })),
    };
  }

  async durations(query: StatisticsQuery): Promise<DurationStatistics> {
    const sql = statisticsSql(this.db.dialect);
    const cases = this.scope(query, 'finished_at', 'c');
    // A step counts for the unit whose people handled it (the delegate when one acted).
    const tasks = this.scope(
      query,
      'done_at',
      't',
      'COALESCE(t.acted_by, t.assignee_id) IN (SELECT u.id FROM users u WHERE u.department_id IN (:departmentIds))',
    );
    const caseHours = sql.hours('c.submitted_at', 'c.finished_at');
    const taskHours = sql.hours('t.created_at', 't.done_at');
    const [byService, byNode] = await Promise.all([
      this.select<{ key: string; name: string; count: unknown; avg: unknown; max: unknown }>(
        `SELECT c.definition_key AS "key", MAX(c.definition_name) AS "name", COUNT(*) AS "count",
                AVG(${caseHours}) AS "avg", MAX(${caseHours}) AS "max"
         FROM cases c WHERE ${cases.where} AND c.submitted_at IS NOT NULL AND c.status IN ('approved', 'rejected')
         GROUP BY c.definition_key ORDER BY 4 DESC`,
        cases.params,
      ),
      this.select<{
        key: string;
        name: string;
        nodeId: string;
        nodeName: string;
        count: unknown;
        avg: unknown;
        max: unknown;
      }>(
        `SELECT c.definition_key AS "key", MAX(c.definition_name) AS "name", t.node_id AS "nodeId",
                MAX(t.node_name) AS "nodeName", COUNT(*) AS "count", AVG(${taskHours}) AS "avg", MAX(${taskHours}) AS "max"
         FROM tasks t JOIN cases c ON c.id = t.case_id
         WHERE t.status = 'done' AND ${tasks.where.replace('t.definition_key', 'c.definition_key')}
         GROUP BY c.definition_key, t.node_id ORDER BY 6 DESC`,
        tasks.params,
      ),
    ]);
    const row = (r: {
      key: string;
      name: string;
      count: unknown;
      avg: unknown;
      max: unknown;
    }): DurationRow => ({
      key: r.key,
      name: r.name,
      count: num(r.count),
      averageHours: round1(r.avg),
      longestHours: round1(r.max),
    });
    return {
      byService: byService.map(row),
      byNode: byNode.map((r) => ({ ...row(r), nodeId: r.nodeId, nodeName: r.nodeName })),
    };
  }

  /**
   * Open tasks per approver now (not bounded by the period): who is holding things up. In a unit,
   * the approvers who belong to it.
   */
  async backlog(
    now: Date,
    { definitionKey, departmentIds }: Pick<StatisticsQuery, 'definitionKey' | 'departmentIds'>,
  ): Promise<BacklogRow[]> {
    const filter = [
      definitionKey ? 'AND c.definition_key = :definitionKey' : '',
      departmentIds ? 'AND u.department_id IN (:departmentIds)' : '',
    ].join(' ');
    const rows = await this.select<{
      userId: number;
      name: string;
      department: string | null;
      pending: unknown;
      overdue: unknown;
      oldest: unknown;
    }>(
      `SELECT t.assignee_id AS "userId", MAX(u.display_name) AS "name", MAX(d.name) AS "department",
              COUNT(*) AS "pending", SUM(CASE WHEN t.due_at IS NOT NULL AND t.due_at < :now THEN 1 ELSE 0 END) AS "overdue",
              MIN(t.created_at) AS "oldest"
       FROM tasks t JOIN cases c ON c.id = t.case_id
       JOIN users u ON u.id = t.assignee_id LEFT JOIN departments d ON d.id = u.department_id
       WHERE t.status = 'pending' ${filter}
       GROUP BY t.assignee_id ORDER BY COUNT(*) DESC LIMIT 200`,
      {
        now,
        definitionKey: definitionKey ?? null,
        departmentIds: departmentIds?.length ? departmentIds : [-1],
      },
    );
    return rows.map((r) => ({
      userId: num(r.userId),
      name: r.name,
      department: r.department,
      pending: num(r.pending),
      overdue: num(r.overdue),
      oldest: iso(r.oldest),
    }));
  }

  async ratings(query: StatisticsQuery): Promise<RatingRow[]> {
    const { where, params } = this.scope(query, 'created_at', 'r');
    const star = (n: number) => `SUM(CASE WHEN r.stars = ${n} THEN 1 ELSE 0 END) AS "s${n}"`;
    const rows = await this.select<Record<string, unknown> & { key: string; name: string }>(
      `SELECT r.definition_key AS "key", MAX(c.definition_name) AS "name", COUNT(*) AS "count",
              AVG(r.stars * 1.0) AS "average", ${[1, 2, 3, 4, 5].map(star).join(', ')}
       FROM case_ratings r JOIN cases c ON c.id = r.case_id WHERE ${where}
       GROUP BY r.definition_key ORDER BY 4 DESC`,
      params,
    );
    return rows.map((r) => ({
      key: r.key,
      name: r.name,
      count: num(r.count),
      average: Math.round(num(r.average) * 100) / 100,
      stars: [num(r.s1), num(r.s2), num(r.s3), num(r.s4), num(r.s5)],
    }));
  }
}
