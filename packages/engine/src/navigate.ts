import type { ApprovalNode, HandleNode } from '@flowhall/schema';
import { chooseBranch } from './conditions';
import { cancelOpenTasks, nodeOf, notify, trace, type Ctx } from './context';
import { refuse } from './errors';
import { createTasksFor } from './tasks';
import { resolveAssignees } from './resolve-assignees';
import { pathEntry } from './path';

const MAX_STEPS = 10_000;

/** Moves a token into a node; runs through every node that does not wait for people. */
export function enterNode(ctx: Ctx, nodeId: string, viaEdgeId?: string): void {
  if (isFinished(ctx)) return;
  ctx.steps += 1;
  if (ctx.steps > MAX_STEPS) refuse('INVALID_DEFINITION', 'the flow loops without waiting for anyone');
  const node = nodeOf(ctx, nodeId);
  switch (node.type) {
    case 'start':
      pathEntry(ctx, nodeId, 'passed');
      return leaveNode(ctx, nodeId);
    case 'approval':
    case 'handle':
      return enterTaskNode(ctx, node);
    case 'cc': {
      const people = resolveAssignees(ctx, node.properties.assignees ?? []);
      for (const userId of people) ctx.state.ccs.push({ nodeId, userId, at: ctx.at });
      notify(ctx, people, 'cc', { nodeId });
      pathEntry(ctx, nodeId, 'passed');
      return leaveNode(ctx, nodeId);
    }
    case 'condition': {
      const edge = chooseBranch(ctx, nodeId);
      pathEntry(ctx, nodeId, 'passed');
      return enterNode(ctx, edge.targetNodeId, edge.id);
    }
    case 'parallel':
      pathEntry(ctx, nodeId, 'passed');
      return leaveNode(ctx, nodeId);
    case 'join': {
      const arrived = ctx.state.joins[nodeId] ?? [];
      if (viaEdgeId && !arrived.includes(viaEdgeId)) arrived.push(viaEdgeId);
      ctx.state.joins[nodeId] = arrived;
      const incoming = ctx.graph.incoming.get(nodeId) ?? [];
      if (!incoming.every((e) => arrived.includes(e.id))) return;
      delete ctx.state.joins[nodeId];
      pathEntry(ctx, nodeId, 'passed');
      return leaveNode(ctx, nodeId);
    }
    case 'end':
      pathEntry(ctx, nodeId, 'passed');
      return finishCase(ctx, node.properties.outcome === 'rejected' ? 'rejected' : 'approved');
  }
}

/** Follows every outgoing edge (one for ordinary nodes, all for a parallel split). */
export function leaveNode(ctx: Ctx, nodeId: string): void {
  for (const edge of ctx.graph.outgoing.get(nodeId) ?? []) {
    if (isFinished(ctx)) return;
    enterNode(ctx, edge.targetNodeId, edge.id);
  }
}

function enterTaskNode(ctx: Ctx, node: ApprovalNode | HandleNode): void {
  const p = node.properties;
  if (node.type === 'approval' && ctx.state.finalApproved) {
    return skip(ctx, node.id, 'finalApproved');
  }
  let people = resolveAssignees(ctx, p.assignees ?? []);
  // approverChoice is consumed by the node that reads it, so a later node cannot reuse a stale pick.
  if ((p.assignees ?? []).some((r) => r.type === 'approverChoice')) delete ctx.state.forwardedTo;
  if (people.length === 0) {
    if (p.optional) return skip(ctx, node.id, 'optional');
    const policy = p.whenNoAssignee ?? 'fail';
    if (policy === 'skip') return skip(ctx, node.id, 'noAssignee');
    if (policy === 'toAdmin') people = [...(ctx.def.settings?.adminUsers ?? [])];
    if (people.length === 0) {
      refuse('NO_ASSIGNEE', `nobody can be found for "${node.id}" (whenNoAssignee: ${policy})`, {
        nodeId: node.id,
        whenNoAssignee: policy,
      });
    }
  }
  createTasksFor(ctx, node, people);
}

function skip(ctx: Ctx, nodeId: string, reason: string): void {
  pathEntry(ctx, nodeId, 'skipped', reason);
  trace(ctx, { actor: 'system', action: 'skip', nodeId, details: { reason } });
  leaveNode(ctx, nodeId);
}

export function isFinished(ctx: Ctx): boolean {
  const s = ctx.state.status;
  return s === 'approved' || s === 'rejected' || s === 'withdrawn';
}

/** Ends the case: no task stays open on a finished case (an invariant the property tests check). */
export function finishCase(
  ctx: Ctx,
  outcome: 'approved' | 'rejected' | 'withdrawn',
  why: { nodeId?: string; taskId?: string; opinion?: string } = {},
): void {
  cancelOpenTasks(ctx, outcome === 'withdrawn' ? 'withdrawn' : 'finished');
  ctx.state.active = [];
  ctx.state.joins = {};
  ctx.state.status = outcome;
  ctx.state.finishedAt = ctx.at;
  ctx.effects.push({ type: 'caseFinished', caseId: ctx.state.caseId, outcome });
  if (outcome !== 'withdrawn') notify(ctx, [ctx.state.applicant.id], outcome, why);
  trace(ctx, { actor: 'system', action: outcome });
}
