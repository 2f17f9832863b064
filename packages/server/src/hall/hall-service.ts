import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Op, WhereOptions } from 'sequelize';
import { Database } from '../db/database';
import type { HallServiceRow, Identity, ServiceMode } from '../db/models';

export interface ServiceQuery {
  q?: string;
  onlineOnly?: boolean;
  sort?: 'default' | 'visits';
  limit?: number;
  offset?: number;
}

export interface ServiceCard {
  id: number;
  key: string;
  name: string;
  nameEn: string | null;
  summary: string | null;
  category: string | null;
  theme: string | null;
  department: { id: number; name: string } | null;
  audience: Identity[];
  mode: ServiceMode;
  pinned: boolean;
  visits: number;
  handled: number;
}

export interface Viewer {
  identity: Identity;
  isAdmin: boolean;
}

// LIKE patterns treat % and _ as wildcards; a search for "100%" must match the text literally.
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@Provide()
@Scope(ScopeEnum.Singleton)
export class HallService {
  @Inject()
  db!: Database;

  async list(viewer: Viewer, query: ServiceQuery): Promise<{ items: ServiceCard[]; total: number }> {
    const { HallService: Services, Department } = this.db.models;
    const and: WhereOptions<HallServiceRow>[] = [{ status: 'published' }];
    if (query.onlineOnly) and.push({ mode: 'online' });
    if (!viewer.isAdmin) and.push({ audience: { [Op.like]: `%${viewer.identity}%` } });
    const q = query.q?.trim();
    if (q) {
      const pattern = `%${escapeLike(q)}%`;
      and.push({
        [Op.or]: [
          { name: { [Op.like]: pattern } },
          { nameEn: { [Op.like]: pattern } },
          { summary: { [Op.like]: pattern } },
          { category: { [Op.like]: pattern } },
        ],
      });
    }
    const order: Array<[string, 'ASC' | 'DESC']> =
      query.sort === 'visits'
        ? [
            ['visits', 'DESC'],
            ['id', 'ASC'],
          ]
        : [
            ['pinned', 'DESC'],
            ['sortOrder', 'ASC'],
            ['id', 'ASC'],
          ];
    const { rows, count } = await Services.findAndCountAll({
      where: { [Op.and]: and },
      order,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    const deptIds = [...new Set(rows.map((r) => r.departmentId).filter((id): id is number => id !== null))];
    const depts = deptIds.length ? await Department.findAll({ where: { id: deptIds } }) : [];
    const deptName = new Map(depts.map((d) => [d.id, d.name]));
    return {
      total: count,
      items: rows.map((row) => ({
        id: row.id,
        key: row.key,
        name: row.name,
        nameEn: row.nameEn,
        summary: row.summary,
        category: row.category,
        theme: row.theme,
        department:
          row.departmentId === null
            ? null
            : { id: row.departmentId, name: deptName.get(row.departmentId) ?? '' },
        audience: row.audience.split(',').filter(Boolean) as Identity[],
        mode: row.mode,
        pinned: row.pinned,
        visits: row.visits,
        handled: row.handled,
      })),
    };
  }
}
