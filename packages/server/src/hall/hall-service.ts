import { Init, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { literal, Op, UniqueConstraintError, WhereOptions } from 'sequelize';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import type { HallServiceRow, Identity } from '../db/models';
import { FileReadPolicies } from '../files/file-access';
import type { CategoryGroups, ServiceAttachment, ServiceCard, ServiceDetail } from '@flowhall/schema';
import type { ServiceQuery } from './hall-input';

export type { ServiceQuery } from './hall-input';

export type { CategoryGroups, ServiceCard, ServiceDetail };

export interface Viewer {
  userId: number;
  identity: Identity;
  isAdmin: boolean;
}

export const serviceNotFound = (): AppError =>
  new AppError(404, 'SERVICE_NOT_FOUND', '没有这个事项 / No such service');

// LIKE patterns treat % and _ as wildcards; a search for "100%" must match the text literally.
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// Unrated services sort as 0, below every rated one (stars are 1..5); the same on both databases.
const RATING_AVERAGE = literal('CASE WHEN rating_count = 0 THEN 0 ELSE rating_sum * 1.0 / rating_count END');

/** `audience` is a comma-separated list; match one identity exactly, not as a substring. */
const audienceIncludes = (identity: Identity): WhereOptions<HallServiceRow> => ({
  [Op.or]: [
    { audience: identity },
    { audience: { [Op.like]: `${identity},%` } },
    { audience: { [Op.like]: `%,${identity}` } },
    { audience: { [Op.like]: `%,${identity},%` } },
  ],
});

/** What the viewer may see (R6): published services for their identity; admins see every one. */
export function visibleTo(viewer: Viewer, includeHidden = false): WhereOptions<HallServiceRow>[] {
  if (viewer.isAdmin) return includeHidden ? [] : [{ status: 'published' }];
  return [{ status: 'published' }, audienceIncludes(viewer.identity)];
}

export const parseAttachments = (text: string | null): ServiceAttachment[] => {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as ServiceAttachment[]) : [];
  } catch {
    return [];
  }
};

/** The hall's catalogue as people browse it: lists, categories, a service's page, favourites. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class HallService {
  @Inject()
  db!: Database;

  @Inject()
  filePolicies!: FileReadPolicies;

  @Init()
  init(): void {
    // A service's manual is for everyone who may see the service, not only its uploader.
    this.filePolicies.register({
      name: 'hall-attachments',
      canRead: async (userId, file) => {
        const user = await this.db.models.User.findByPk(userId, { attributes: ['identity'] });
        if (!user) return false;
        const found = await this.db.models.HallService.findOne({
          attributes: ['id'],
          where: {
            [Op.and]: [
              ...visibleTo({ userId, identity: user.identity, isAdmin: false }),
              { attachments: { [Op.like]: `%"fileId":"${file.id.replace(/[^0-9a-f]/g, '')}"%` } },
            ],
          },
        });
        return found !== null;
      },
    });
  }

  async list(viewer: Viewer, query: ServiceQuery): Promise<{ items: ServiceCard[]; total: number }> {
    const { HallService: Services } = this.db.models;
    const favourites = await this.favouriteIds(viewer.userId);
    const and: WhereOptions<HallServiceRow>[] = visibleTo(viewer, query.includeHidden);
    if (query.onlineOnly) and.push({ mode: 'online' });
    if (query.mode) and.push({ mode: query.mode });
    if (query.category) and.push({ category: query.category });
    if (query.theme) and.push({ theme: query.theme });
    if (query.departmentId) and.push({ departmentId: query.departmentId });
    if (query.audience) and.push(audienceIncludes(query.audience));
    if (query.pinnedOnly) and.push({ pinned: true });
    if (query.favouritesOnly) and.push({ id: [...favourites] });
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
    const order: Array<[string | ReturnType<typeof literal>, 'ASC' | 'DESC']> =
      query.sort === 'visits'
        ? [['visits', 'DESC']]
        : query.sort === 'hot'
          ? [['handled', 'DESC']]
          : query.sort === 'rating'
            ? [
                [RATING_AVERAGE, 'DESC'],
                ['ratingCount', 'DESC'],
              ]
            : [
                ['pinned', 'DESC'],
                ['sortOrder', 'ASC'],
              ];
    const { rows, count } = await Services.findAndCountAll({
      where: { [Op.and]: and },
      order: [...order, ['id', 'ASC']],
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    const departments = await this.departmentNames(rows.map((r) => r.departmentId));
    return { total: count, items: rows.map((row) => this.card(row, departments, favourites)) };
  }

  /** A service's page (R3). Counts the visit; 404 also for services the viewer may not see. */
  async detail(viewer: Viewer, key: string): Promise<ServiceDetail> {
    const { HallService: Services } = this.db.models;
    const row = await Services.findOne({ where: { [Op.and]: [{ key }, ...visibleTo(viewer, true)] } });
    if (!row || (row.status === 'hidden' && !viewer.isAdmin)) throw serviceNotFound();
    // One atomic UPDATE ... SET visits = visits + 1: concurrent visits are never lost.
    await Services.increment('visits', { by: 1, where: { id: row.id } });
    const [departments, favourites] = await Promise.all([
      this.departmentNames([row.departmentId]),
      this.favouriteIds(viewer.userId),
    ]);
    return this.detailOf(row, departments, favourites, row.visits + 1);
  }

  detailOf(
    row: HallServiceRow,
    departments: Map<number, string>,
    favourites: Set<number>,
    visits: number = row.visits,
  ): ServiceDetail {
    return {
      ...this.card(row, departments, favourites),
      visits,
      definitionKey: row.definitionKey,
      guide: row.guide,
      guideEn: row.guideEn,
      attachments: parseAttachments(row.attachments),
      offlineLocation: row.offlineLocation,
      contact: row.contact,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** Groups for the hall's navigation (R1), over the services the viewer may see. */
  async categories(viewer: Viewer): Promise<CategoryGroups> {
    // The catalogue is hundreds of rows: one narrow query and counting here beats three GROUP BYs.
    const rows = await this.db.models.HallService.findAll({
      attributes: ['departmentId', 'theme', 'category'],
      where: { [Op.and]: visibleTo(viewer) },
    });
    const count = <K>(keyOf: (row: HallServiceRow) => K): Map<K, number> => {
      const counts = new Map<K, number>();
      for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);
      return counts;
    };
    const departments = await this.departmentNames(rows.map((r) => r.departmentId));
    const byName = <T extends { count: number }>(list: T[], name: (t: T) => string | null): T[] =>
      list.sort((a, b) => b.count - a.count || (name(a) ?? '\uffff').localeCompare(name(b) ?? '\uffff'));
    return {
      total: rows.length,
      byDepartment: byName(
        [...count((r) => r.departmentId)].map(([departmentId, n]) => ({
          departmentId,
          name: departmentId === null ? '' : (departments.get(departmentId) ?? ''),
          count: n,
        })),
        (d) => d.name,
      ),
      byTheme: byName(
        [...count((r) => r.theme)].map(([theme, n]) => ({ theme, count: n })),
        (t) => t.theme,
      ),
      byCategory: byName(
        [...count((r) => r.category)].map(([category, n]) => ({ category, count: n })),
        (c) => c.category,
      ),
    };
  }

  /** Marks or unmarks a favourite; repeating either is harmless. */
  async setFavourite(
    viewer: Viewer,
    key: string,
    favourite: boolean,
  ): Promise<{ key: string; favourite: boolean }> {
    const { HallService: Services, Favourite } = this.db.models;
    const row = await Services.findOne({ where: { [Op.and]: [{ key }, ...visibleTo(viewer)] } });
    if (!row) throw serviceNotFound();
    if (favourite) {
      try {
        await Favourite.findOrCreate({ where: { userId: viewer.userId, serviceId: row.id } });
      } catch (err) {
        // Two clicks at once: the other request created it, which is what this one wanted.
        if (!(err instanceof UniqueConstraintError)) throw err;
      }
    } else {
      await Favourite.destroy({ where: { userId: viewer.userId, serviceId: row.id } });
    }
    return { key, favourite };
  }

  card(row: HallServiceRow, departments: Map<number, string>, favourites: Set<number>): ServiceCard {
    return {
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
          : { id: row.departmentId, name: departments.get(row.departmentId) ?? '' },
      audience: row.audience.split(',').filter(Boolean) as Identity[],
      mode: row.mode,
      status: row.status,
      pinned: row.pinned,
      sortOrder: row.sortOrder,
      visits: row.visits,
      handled: row.handled,
      favourite: favourites.has(row.id),
      rating:
        row.ratingCount > 0
          ? { average: Math.round((row.ratingSum / row.ratingCount) * 10) / 10, count: row.ratingCount }
          : null,
    };
  }

  async departmentNames(ids: Array<number | null>): Promise<Map<number, string>> {
    const unique = [...new Set(ids.filter((id): id is number => id !== null))];
    if (!unique.length) return new Map();
    const rows = await this.db.models.Department.findAll({
      where: { id: unique },
      attributes: ['id', 'name'],
    });
    return new Map(rows.map((d) => [d.id, d.name]));
  }

  async favouriteIds(userId: number): Promise<Set<number>> {
    const rows = await this.db.models.Favourite.findAll({ where: { userId }, attributes: ['serviceId'] });
    return new Set(rows.map((r) => r.serviceId));
  }
}
