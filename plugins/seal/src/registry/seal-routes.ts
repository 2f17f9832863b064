import type { PluginRoute } from '@flowhall/server';
import { Op, type WhereOptions } from 'sequelize';
import type { Page, PickerSeal, SealDetail, SealView } from '../api-types';
import { nameBook } from '../http/names';
import { contains, idParam, oneOf, OFFICE_ROLES, pageOf, paging } from '../http/query';
import { SEAL_TYPES } from '../seal-types';
import { SEAL_STATUSES, sealModels, type SealAttributes } from './models';
import { eventView, sealTypeName, sealView } from './seal-views';

const TYPE_KEYS = SEAL_TYPES.map((t) => t.key);

/** The seal registry (印章台账): list and detail for the office, the picker for every applicant. */
export const sealRoutes: PluginRoute[] = [
  {
    method: 'GET',
    path: '/seals',
    access: { roles: OFFICE_ROLES },
    summary: 'The seal registry, filtered by unit, type, status and name; keyset pages, newest first',
    handler: async ({ query }, { models, directory, error }): Promise<Page<SealView>> => {
      const { Seal } = sealModels(models);
      const page = paging(query, error);
      const where: WhereOptions<SealAttributes>[] = [];
      const status = oneOf(query, 'status', SEAL_STATUSES, error);
      const type = oneOf(query, 'type', TYPE_KEYS, error);
      if (status) where.push({ status });
      if (type) where.push({ sealType: type });
      if (query.unit) {
        const unit = await directory.findDepartment(query.unit);
        if (!unit) return { items: [], nextCursor: null };
        where.push({ departmentId: unit.id });
      }
      if (query.q) where.push({ name: { [Op.like]: contains(query.q) } });
      if (page.before) where.push({ id: { [Op.lt]: page.before } });
      const rows = await Seal.findAll({
        where: { [Op.and]: where },
        order: [['id', 'DESC']],
        limit: page.limit + 1,
      });
      const { rows: items, nextCursor } = pageOf(rows, page.limit);
      const names = await nameBook(
        directory,
        items.flatMap((s) => [s.custodianUserId, s.supervisorUserId]),
        items.map((s) => s.departmentId),
      );
      return { items: items.map((s) => sealView(s, names)), nextCursor };
    },
  },
  {
    method: 'GET',
    path: '/seals/picker',
    access: 'signed-in',
    summary: 'Seals that may be picked for a use (in use only), filtered by unit and type',
    handler: async ({ query }, { models, directory, error }): Promise<{ items: PickerSeal[] }> => {
      const { Seal } = sealModels(models);
      const where: WhereOptions<SealAttributes>[] = [{ status: 'in-use' }];
      const type = oneOf(query, 'type', TYPE_KEYS, error);
      if (type) where.push({ sealType: type });
      if (query.unit) {
        const unit = await directory.findDepartment(query.unit);
        if (!unit) return { items: [] };
        where.push({ departmentId: unit.id });
      }
      if (query.q) where.push({ name: { [Op.like]: contains(query.q) } });
      const rows = await Seal.findAll({ where: { [Op.and]: where }, order: [['id', 'ASC']], limit: 500 });
      const names = await nameBook(
        directory,
        [],
        rows.map((s) => s.departmentId),
      );
      return {
        items: rows.map((s) => ({
          id: String(s.id),
          name: s.name,
          sealType: s.sealType,
          sealTypeName: sealTypeName(s.sealType),
          department: names.department(s.departmentId),
        })),
      };
    },
  },
  {
    method: 'GET',
    path: '/seals/:id',
    access: { roles: OFFICE_ROLES },
    summary: 'One seal with its history across engraving, use and abolition cases',
    handler: async ({ params }, { models, directory, error }): Promise<SealDetail> => {
      const { Seal, SealEvent } = sealModels(models);
      const seal = await Seal.findByPk(idParam(params, 'id', error));
      if (!seal) throw error(404, 'SEAL_NOT_FOUND', '印章不存在 / No such seal');
      const events = await SealEvent.findAll({
        where: { sealId: seal.id },
        order: [['id', 'DESC']],
        limit: 500,
      });
      const names = await nameBook(
        directory,
        [seal.custodianUserId, seal.supervisorUserId, ...events.map((e) => e.actorUserId)],
        [seal.departmentId],
      );
      return { ...sealView(seal, names), history: events.map((e) => eventView(e, names)) };
    },
  },
];
