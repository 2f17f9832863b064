import type { PluginDirectory } from '@flowhall/server';
import type { Transaction } from 'sequelize';
import type { NamedRef } from '../api-types';

/** Names of the people and units a page of rows refers to, fetched in two queries. */
export interface NameBook {
  user(id: number | null | undefined): NamedRef | null;
  department(id: number | null | undefined): NamedRef | null;
}

export async function nameBook(
  directory: PluginDirectory,
  userIds: Array<number | null | undefined>,
  departmentIds: Array<number | null | undefined>,
  transaction?: Transaction,
): Promise<NameBook> {
  const present = (ids: Array<number | null | undefined>) =>
    ids.filter((id): id is number => typeof id === 'number');
  const [users, departments] = await Promise.all([
    directory.users(present(userIds), { transaction }),
    directory.departments(present(departmentIds), { transaction }),
  ]);
  const userById = new Map(users.map((u) => [u.id, { id: u.id, name: u.displayName }]));
  const deptById = new Map(departments.map((d) => [d.id, { id: d.id, name: d.name }]));
  return {
    user: (id) => (typeof id === 'number' ? (userById.get(id) ?? null) : null),
    department: (id) => (typeof id === 'number' ? (deptById.get(id) ?? null) : null),
  };
}
