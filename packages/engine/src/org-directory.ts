/**
 * The engine's only window on the organisation. Synchronous on purpose: the engine stays a pure
 * function, so the server loads what a case needs (or keeps an in-memory snapshot) before acting.
 */
export interface OrgDirectory {
  /** The department a user belongs to (for autoStamp); undefined when unknown. */
  deptOf(userId: string): string | undefined;
  /** The parent department; undefined at the top. */
  parentOf(deptId: string): string | undefined;
  /** Heads of a department (usually one). */
  headsOf(deptId: string): string[];
  /** Leaders in charge (分管领导) of a department. */
  leadersInChargeOf(deptId: string): string[];
  /** Holders of a role; with `deptId`, only those holding it in that department. */
  roleHolders(role: string, deptId?: string): string[];
  /** People who may act for `userId` at `at` (delegation); optional. */
  delegatesOf?(userId: string, at: string): string[];
}

export interface MemoryOrgData {
  users?: { [userId: string]: { deptId: string } };
  depts?: { [deptId: string]: { parentId?: string; heads?: string[]; leadersInCharge?: string[] } };
  /** role -> holders; a holder with `deptId` holds the role in that department only. */
  roles?: { [role: string]: Array<{ userId: string; deptId?: string }> };
  /** userId -> delegates who may act for them. */
  delegates?: { [userId: string]: string[] };
}

/** An OrgDirectory over plain data: for tests, examples and servers that snapshot the org. */
export function createMemoryOrgDirectory(data: MemoryOrgData): OrgDirectory {
  return {
    deptOf: (userId) => data.users?.[userId]?.deptId,
    parentOf: (deptId) => data.depts?.[deptId]?.parentId,
    headsOf: (deptId) => [...(data.depts?.[deptId]?.heads ?? [])],
    leadersInChargeOf: (deptId) => [...(data.depts?.[deptId]?.leadersInCharge ?? [])],
    roleHolders: (role, deptId) =>
      (data.roles?.[role] ?? [])
        .filter((h) => deptId === undefined || h.deptId === deptId)
        .map((h) => h.userId),
    delegatesOf: (userId) => [...(data.delegates?.[userId] ?? [])],
  };
}
