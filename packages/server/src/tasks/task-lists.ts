import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Op, WhereOptions, type literal } from 'sequelize';
import { Database } from '../db/database';
import { DelegationService } from '../org/delegation-service';
import type { CaseCcRow, CaseRow, TaskRow } from '../cases/case-models';
import { Cursor, encodeCursor } from './cursor';
import type { Box, CaseImportance, Counts, ListItem, ListPage } from '@flowhall/schema';

export type { Box, Counts, ListItem, ListPage };

export const BOXES: readonly Box[] = ['todo', 'done', 'cc', 'mine', 'supervised'];

export interface ListQuery {
  limit: number;
  cursor?: Cursor;
  definitionKey?: string;
  /** mine: filter by case status (e.g. returned, draft). */
  status?: string;
  importance?: CaseImportance;
  /** Keyword: part of the serial number, the service name or the applicant's name. */
  q?: string;
  /** Arrival range (the box's own time column), start inclusive, end exclusive. */
  from?: Date;
  to?: Date;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A LIKE pattern matching `text` anywhere, its wildcards escaped with `!` (same on both databases). */
const containing = (text: string): string => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** The arrival range on the box's own time column (served by the box's time index). */
function arrivalRange(column: string, query: ListQuery): Record<string, unknown>[] {
  const range: Record<symbol, Date> = {};
  if (query.from) range[Op.gte] = query.from;
  if (query.to) range[Op.lt] = query.to;
  return Object.getOwnPropertySymbols(range).length ? [{ [column]: range }] : [];
}

/**
 * The to-do, done, CC'd, my-cases and supervised lists (R21). Each is one indexed range query
 * for the page plus one query for the cases on it, never a query per row.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class TaskLists {
  @Inject()
  db!: Database;

  @Inject()
  delegations!: DelegationService;

  /** Me plus everyone whose out-of-office delegation points at me now (read-time routing, ADR 0004). */
  private async assignees(userId: number, now: Date): Promise<number[]> {
    return [userId, ...(await this.delegations.delegatorsOf(userId, now))];
  }

  async list(userId: number, box: Box, query: ListQuery, now = new Date()): Promise<ListPage> {
    switch (box) {
      case 'todo':
        return this.taskPage(
          { assigneeId: await this.assignees(userId, now), status: 'pending' },
          'createdAt',
          query,
          now,
          userId,
        );
      case 'done':
        // Also what I did for someone else as their delegate (acted_by, migration 0011).
        return this.taskPage(
          { status: 'done', [Op.or]: [{ assigneeId: userId }, { actedBy: userId }] },
          'doneAt',
          query,
          now,
        );
      case 'supervised':
        return this.taskPage(
          { status: 'pending', [Op.or]: [{ dueAt: { [Op.lt]: now } }, { urgedAt: { [Op.ne]: null } }] },
          'createdAt',
          query,
          now,
        );
      case 'cc':
        return this.ccPage(userId, query);
      case 'mine':
        return this.minePage(userId, query);
    }
  }

  async counts(userId: number, now = new Date()): Promise<Counts> {
    const { Task, CaseCc, Case } = this.db.models;
    const assigneeId = await this.assignees(userId, now);
    const [todo, urged, ccUnread, returned, drafts] = await Promise.all([
      Task.count({ where: { assigneeId, status: 'pending' } }),
      Task.count({ where: { assigneeId, status: 'pending', urgedAt: { [Op.ne]: null } } }),
      CaseCc.count({ where: { userId, readAt: null } }),
      Case.count({ where: { applicantId: userId, status: 'returned' } }),
      Case.count({ where: { applicantId: userId, status: 'draft' } }),
    ]);
    return { todo, urged, ccUnread, returned, drafts };
  }

  private async taskPage(
    where: WhereOptions<TaskRow>,
    sortBy: 'createdAt' | 'doneAt',
    query: ListQuery,
    now: Date,
    reader?: number,
  ): Promise<ListPage> {
    const { Task } = this.db.models;
    const conditions: WhereOptions<TaskRow>[] = [where];
    if (query.cursor) {
      const at = new Date(query.cursor.at);
      conditions.push({
        [Op.or]: [{ [sortBy]: { [Op.lt]: at } }, { [sortBy]: at, id: { [Op.lt]: query.cursor.id } }],
      });
    }
    const caseIds = this.matchingCaseIds(query);
    if (caseIds) conditions.push({ caseId: { [Op.in]: caseIds } });
    conditions.push(...(arrivalRange(sortBy, query) as WhereOptions<TaskRow>[]));
    const tasks = await Task.findAll({
      where: { [Op.and]: conditions },
      order: [
        [sortBy, 'DESC'],
        ['id', 'DESC'],
      ],
      limit: query.limit + 1,
    });
    const page = tasks.slice(0, query.limit);
    const cases = await this.casesById(page.map((t) => t.caseId));
    // Tasks held for someone else (delegation): their names, in one query for the page.
    const principals = await this.userNames(
      reader === undefined ? [] : page.filter((t) => t.assigneeId !== reader).map((t) => t.assigneeId),
    );
    const items = page.flatMap((task) => {
      const row = cases.get(task.caseId);
      if (!row) return [];
      const arrived = (sortBy === 'doneAt' ? task.doneAt : task.createdAt) ?? task.createdAt;
      return [
        {
          ...caseFields(row),
          arrivedAt: arrived.toISOString(),
          task: {
            id: task.id,
            nodeName: task.nodeName,
            status: task.status,
            action: task.action,
            urgedAt: iso(task.urgedAt),
            dueAt: iso(task.dueAt),
            overdue: task.status === 'pending' && task.dueAt !== null && task.dueAt < now,
            assigneeId: task.assigneeId,
            onBehalfOf:
              reader !== undefined && task.assigneeId !== reader
                ? { id: task.assigneeId, name: principals.get(task.assigneeId) ?? '' }
                : null,
          },
          cc: null,
        },
      ];
    });
    const last = page[page.length - 1];
    const lastAt = last
      ? ((sortBy === 'doneAt' ? last.doneAt : last.createdAt) ?? last.createdAt)
      : undefined;
    return {
      items,
      nextCursor:
        tasks.length > query.limit && last && lastAt
          ? encodeCursor({ at: lastAt.toISOString(), id: last.id })
          : null,
    };
  }

  private async ccPage(userId: number, query: ListQuery): Promise<ListPage> {
    const conditions: WhereOptions<CaseCcRow>[] = [{ userId }];
    if (query.cursor) {
      const at = new Date(query.cursor.at);
      const id = Number(query.cursor.id);
      conditions.push({ [Op.or]: [{ createdAt: { [Op.lt]: at } }, { createdAt: at, id: { [Op.lt]: id } }] });
    }
    const caseIds = this.matchingCaseIds(query);
    if (caseIds) conditions.push({ caseId: { [Op.in]: caseIds } });
    conditions.push(...(arrivalRange('createdAt', query) as WhereOptions<CaseCcRow>[]));
    const ccs = await this.db.models.CaseCc.findAll({
      where: { [Op.and]: conditions },
      order: [
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: query.limit + 1,
    });
    const page = ccs.slice(0, query.limit);
    const cases = await this.casesById(page.map((c) => c.caseId));
    const items = page.flatMap((cc) => {
      const row = cases.get(cc.caseId);
      return row
        ? [
            {
              ...caseFields(row),
              arrivedAt: cc.createdAt.toISOString(),
              task: null,
              cc: { read: cc.readAt !== null },
            },
          ]
        : [];
    });
    const last = page[page.length - 1];
    return {
      items,
      nextCursor:
        ccs.length > query.limit && last
          ? encodeCursor({ at: last.createdAt.toISOString(), id: String(last.id) })
          : null,
    };
  }

  private async minePage(userId: number, query: ListQuery): Promise<ListPage> {
    const conditions: WhereOptions<CaseRow>[] = [{ applicantId: userId }];
    if (query.status) conditions.push({ status: query.status as CaseRow['status'] });
    const filter = this.caseFilter(query);
    if (filter) conditions.push(this.db.sequelize.literal(filter) as unknown as WhereOptions<CaseRow>);
    conditions.push(...(arrivalRange('updatedAt', query) as WhereOptions<CaseRow>[]));
    if (query.cursor) {
      const at = new Date(query.cursor.at);
      const id = Number(query.cursor.id);
      conditions.push({ [Op.or]: [{ updatedAt: { [Op.lt]: at } }, { updatedAt: at, id: { [Op.lt]: id } }] });
    }
    const rows = await this.db.models.Case.findAll({
      where: { [Op.and]: conditions },
      attributes: { exclude: ['state'] },
      order: [
        ['updatedAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => ({
        ...caseFields(row),
        arrivedAt: row.updatedAt.toISOString(),
        task: null,
        cc: null,
      })),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ at: last.updatedAt.toISOString(), id: String(last.id) })
          : null,
    };
  }

  /** SQL conditions on the cases table for the service, importance and keyword filters. */
  private caseFilter(query: ListQuery): string | undefined {
    const escape = (v: string) => this.db.sequelize.escape(v);
    const parts: string[] = [];
    if (query.definitionKey) parts.push(`definition_key = ${escape(query.definitionKey)}`);
    if (query.importance) parts.push(`importance = ${escape(query.importance)}`);
    if (query.q) {
      const like = escape(containing(query.q));
      parts.push(
        `(serial_no LIKE ${like} ESCAPE '!' OR definition_name LIKE ${like} ESCAPE '!' OR applicant_name LIKE ${like} ESCAPE '!')`,
      );
    }
    return parts.length ? parts.join(' AND ') : undefined;
  }

  /**
   * The cases a task or CC row must belong to, as a subquery: the page stays one range scan on
   * the box's (reader, time, id) index with the case filter checked per row by primary key.
   */
  private matchingCaseIds(query: ListQuery): ReturnType<typeof literal> | undefined {
    const filter = this.caseFilter(query);
    return filter ? this.db.sequelize.literal(`(SELECT id FROM cases WHERE ${filter})`) : undefined;
  }

  private async userNames(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.db.models.User.findAll({
      where: { id: unique },
      attributes: ['id', 'displayName'],
    });
    return new Map(rows.map((u) => [u.id, u.displayName]));
  }

  private async casesById(ids: number[]): Promise<Map<number, CaseRow>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    // The state column holds the whole case; lists never need it.
    const rows = await this.db.models.Case.findAll({
      where: { id: unique },
      attributes: { exclude: ['state'] },
    });
    return new Map(rows.map((r) => [r.id, r]));
  }
}

function caseFields(row: CaseRow): Omit<ListItem, 'arrivedAt' | 'task' | 'cc'> {
  return {
    caseId: row.id,
    serialNo: row.serialNo,
    definition: { key: row.definitionKey, name: row.definitionName },
    applicant: { id: row.applicantId, name: row.applicantName },
    caseStatus: row.status,
    currentStep: row.currentStep,
    progress: row.progress,
    importance: row.importance,
    submittedAt: iso(row.submittedAt),
    finishedAt: iso(row.finishedAt),
  };
}
