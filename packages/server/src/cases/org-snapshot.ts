import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { createMemoryOrgDirectory, type MemoryOrgData, type OrgDirectory } from '@flowhall/engine';
import type { Transaction } from 'sequelize';
import { Database } from '../db/database';
import { DelegationService } from '../org/delegation-service';

// The engine asks the organisation synchronously (it stays pure), so the server hands it an
// in-memory snapshot. Reloading is cheap (departments and role holders are small; users are one
// indexed column) and happens at most every RELOAD_MS, or at once when this process changed the
// organisation. Another process's org edit is seen within RELOAD_MS.
const RELOAD_MS = 30_000;

@Provide()
@Scope(ScopeEnum.Singleton)
export class OrgSnapshotService {
  @Inject()
  db!: Database;

  @Inject()
  delegations!: DelegationService;

  private cached: { directory: OrgDirectory; loadedAt: number } | undefined;
  private loading: Promise<OrgDirectory> | undefined;

  async directory(now = Date.now()): Promise<OrgDirectory> {
    if (this.cached && now - this.cached.loadedAt < RELOAD_MS) return this.cached.directory;
    // Concurrent requests share one reload instead of each querying the organisation.
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  /**
   * The snapshot plus who may act for `assigneeId` right now (an out-of-office delegation), read
   * fresh from the database for this one action: a delegation made a second ago already counts.
   */
  async withDelegatesOf(assigneeId: number, at: Date, transaction?: Transaction): Promise<OrgDirectory> {
    const [directory, delegate] = await Promise.all([
      this.directory(),
      this.delegations.activeDelegate(assigneeId, at, transaction),
    ]);
    const delegates = delegate === undefined ? [] : [String(delegate)];
    return {
      ...directory,
      delegatesOf: (userId) => (userId === String(assigneeId) ? [...delegates] : []),
    };
  }

  /** Called after organisation writes in this process so the next case action sees them. */
  invalidate(): void {
    this.cached = undefined;
  }

  private async load(): Promise<OrgDirectory> {
    const { Department, User, RoleHolder, Role } = this.db.models;
    const [departments, users, holders, roles] = await Promise.all([
      Department.findAll({ attributes: ['id', 'parentId', 'headUserId', 'leaderInChargeUserId'], raw: true }),
      User.findAll({ attributes: ['id', 'departmentId'], where: { active: true }, raw: true }),
      RoleHolder.findAll({ attributes: ['roleId', 'userId', 'departmentId'], raw: true }),
      Role.findAll({ attributes: ['id', 'key'], raw: true }),
    ]);
    const active = new Set(users.map((u) => u.id));
    const data: Required<Pick<MemoryOrgData, 'users' | 'depts' | 'roles'>> = {
      users: {},
      depts: {},
      roles: {},
    };
    for (const user of users) {
      if (user.departmentId !== null) data.users[String(user.id)] = { deptId: String(user.departmentId) };
    }
    for (const dept of departments) {
      data.depts[String(dept.id)] = {
        ...(dept.parentId !== null ? { parentId: String(dept.parentId) } : {}),
        // A deactivated head or leader is nobody: the node's whenNoAssignee decides what happens.
        heads: dept.headUserId !== null && active.has(dept.headUserId) ? [String(dept.headUserId)] : [],
        leadersInCharge:
          dept.leaderInChargeUserId !== null && active.has(dept.leaderInChargeUserId)
            ? [String(dept.leaderInChargeUserId)]
            : [],
      };
    }
    const roleKey = new Map(roles.map((r) => [r.id, r.key]));
    for (const holder of holders) {
      const key = roleKey.get(holder.roleId);
      if (!key || !active.has(holder.userId)) continue;
      (data.roles[key] ??= []).push({
        userId: String(holder.userId),
        ...(holder.departmentId !== null ? { deptId: String(holder.departmentId) } : {}),
      });
    }
    const directory = createMemoryOrgDirectory(data);
    this.cached = { directory, loadedAt: Date.now() };
    return directory;
  }
}
