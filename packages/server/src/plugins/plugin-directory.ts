import { Op } from 'sequelize';
import type { DepartmentRow, Models, UserRow } from '../db/models';
import type {
  DirectoryDepartment,
  DirectoryUser,
  PluginDirectory,
  PluginRouteUser,
} from './plugin-route-api';

const asId = (ref: unknown): number | undefined => {
  if (typeof ref === 'number' && Number.isSafeInteger(ref)) return ref;
  if (typeof ref === 'string' && /^\d{1,15}$/.test(ref)) return Number(ref);
  return undefined;
};

/** The organisation as plugins may read it: ids, names, codes; no passwords, no contact data. */
export function createPluginDirectory(models: Models): PluginDirectory {
  const { User, Department } = models;
  const toUser = (u: UserRow): DirectoryUser => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    departmentId: u.departmentId,
  });
  const toDepartment = (d: DepartmentRow): DirectoryDepartment => ({
    id: d.id,
    code: d.code,
    name: d.name,
    parentId: d.parentId,
  });
  return {
    async users(ids, options = {}) {
      if (!ids.length) return [];
      const rows = await User.findAll({ where: { id: [...new Set(ids)] }, transaction: options.transaction });
      return rows.map(toUser);
    },
    async findUser(ref, options = {}) {
      const id = asId(ref);
      if (id === undefined && typeof ref !== 'string') return undefined;
      const row = await User.findOne({
        where: id !== undefined ? { id } : { username: ref as string },
        transaction: options.transaction,
      });
      return row ? toUser(row) : undefined;
    },
    async departments(ids, options = {}) {
      if (!ids.length) return [];
      const rows = await Department.findAll({
        where: { id: { [Op.in]: [...new Set(ids)] } },
        transaction: options.transaction,
      });
      return rows.map(toDepartment);
    },
    async findDepartment(ref, options = {}) {
      const id = asId(ref);
      if (id === undefined && typeof ref !== 'string') return undefined;
      const row = await Department.findOne({
        where: id !== undefined ? { id } : { code: ref as string },
        transaction: options.transaction,
      });
      return row ? toDepartment(row) : undefined;
    },
  };
}

/** The caller of a plugin route with the keys of every role held; undefined when inactive. */
export async function loadRouteUser(models: Models, userId: number): Promise<PluginRouteUser | undefined> {
  const { User, RoleHolder, Role } = models;
  const user = await User.findByPk(userId);
  if (!user || !user.active) return undefined;
  const holdings = await RoleHolder.findAll({ where: { userId } });
  const roles = holdings.length
    ? await Role.findAll({ where: { id: [...new Set(holdings.map((h) => h.roleId))] } })
    : [];
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    departmentId: user.departmentId,
    roles: roles.map((r) => r.key),
  };
}
