import type { StatisticsScopeOptions } from '@flowhall/schema';
import { isAdmin } from '../auth/access';
import { AppError, forbidden, validationFailed } from '../common/app-error';
import type { UserProfile } from '../org/org-service';

export interface ScopeDepartment {
  id: number;
  name: string;
  parentId: number | null;
  headUserId: number | null;
}

/** What a statistics request counts: the whole organisation or the subtrees of some departments. */
export interface StatisticsScope {
  /** `undefined`: the whole organisation; otherwise the departments (subtrees expanded) counted. */
  departmentIds: number[] | undefined;
  /** For the page and the workbook: 全校 or the unit's name(s). */
  label: string;
}

export const ORGANISATION_LABEL = '全校';

export const outOfScope = (): AppError =>
  new AppError(
    403,
    'STATISTICS_OUT_OF_SCOPE',
    '只能查看本单位的统计 / You may only see the statistics of your own unit',
  );

/** `departmentId` of the query string: a positive integer or absent. */
export function parseDepartmentId(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw validationFailed([{ path: 'departmentId', message: '应为部门编号 / expected a department id' }]);
  }
  return id;
}

function subtree(departments: ScopeDepartment[], roots: number[]): number[] {
  const children = new Map<number, number[]>();
  for (const d of departments) {
    if (d.parentId === null) continue;
    children.set(d.parentId, [...(children.get(d.parentId) ?? []), d.id]);
  }
  const seen = new Set<number>();
  const queue = [...roots];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return [...seen];
}

/**
 * The units a person handles for: the departments they head, and those a role of theirs is held
 * for (an approver such as a section head named for a school). Administrators are not asked.
 */
export function ownUnits(profile: UserProfile, departments: ScopeDepartment[]): number[] {
  const ids = new Set<number>();
  for (const d of departments) if (d.headUserId === profile.id) ids.add(d.id);
  for (const r of profile.roles) if (r.departmentId !== null) ids.add(r.departmentId);
  // A unit inside another of the person's units adds nothing: keep the top ones.
  return [...ids].filter(
    (id) =>
      !subtree(
        departments,
        [...ids].filter((o) => o !== id),
      ).includes(id),
  );
}

export function scopeOptions(profile: UserProfile, departments: ScopeDepartment[]): StatisticsScopeOptions {
  const admin = isAdmin(profile);
  const visible = admin ? undefined : new Set(subtree(departments, ownUnits(profile, departments)));
  if (!admin && !visible?.size) throw forbidden();
  return {
    organisationWide: admin,
    departments: departments
      .filter((d) => !visible || visible.has(d.id))
      // A picked unit's parent outside the scope is not offered: the picker's roots are the units.
      .map((d) => ({
        id: d.id,
        name: d.name,
        parentId: visible && d.parentId !== null && !visible.has(d.parentId) ? null : d.parentId,
      })),
  };
}

/**
 * The scope of one request. Administrators see the organisation or any department they pick; a
 * department head or unit approver sees their own units (or a department inside them), and gets
 * 403 STATISTICS_OUT_OF_SCOPE for any other; everyone else gets 403 FORBIDDEN.
 */
export function resolveScope(
  profile: UserProfile,
  departments: ScopeDepartment[],
  departmentId: number | undefined,
): StatisticsScope {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const picked = departmentId === undefined ? undefined : byId.get(departmentId);
  if (isAdmin(profile)) {
    if (departmentId === undefined) return { departmentIds: undefined, label: ORGANISATION_LABEL };
    if (!picked) {
      throw validationFailed([{ path: 'departmentId', message: '部门不存在 / no such department' }]);
    }
    return { departmentIds: subtree(departments, [picked.id]), label: picked.name };
  }
  const units = ownUnits(profile, departments);
  if (!units.length) throw forbidden();
  if (departmentId === undefined) {
    return {
      departmentIds: subtree(departments, units),
      label: units.map((id) => byId.get(id)!.name).join('、'),
    };
  }
  if (!picked || !subtree(departments, units).includes(picked.id)) throw outOfScope();
  return { departmentIds: subtree(departments, [picked.id]), label: picked.name };
}
