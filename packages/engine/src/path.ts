import type { Ctx } from './context';
import type { PathEntry } from './state';

/** The path taken (R25) is also the list of nodes a case has passed, the only legal return targets. */
export function pathEntry(ctx: Ctx, nodeId: string, outcome: PathEntry['outcome'], reason?: string): void {
  const round = ctx.state.rounds[nodeId] ?? 0;
  ctx.state.path.push({ nodeId, round, at: ctx.at, outcome, ...(reason ? { reason } : {}) });
}

/** Marks the open path entry of a node round (added when its tasks were created). */
export function settlePath(ctx: Ctx, nodeId: string, round: number, outcome: PathEntry['outcome']): void {
  for (let i = ctx.state.path.length - 1; i >= 0; i -= 1) {
    const entry = ctx.state.path[i] as PathEntry;
    if (entry.nodeId === nodeId && entry.round === round && entry.outcome === 'entered') {
      entry.outcome = outcome;
      entry.at = ctx.at;
      return;
    }
  }
}
