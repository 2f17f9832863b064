import type { FlowGraph, MyTask, ReturnTarget, TaskCommand } from '@flowhall/schema';

/** A place the approver may send the case back to, as the return command's `to`. */
export interface ReturnOption {
  key: string;
  to: NonNullable<TaskCommand['to']>;
  /** A node's name, or undefined for the two fixed choices (the UI words them). */
  nodeName?: string;
  kind: 'applicant' | 'previous' | 'node';
}

// The engine's default when a node does not say (ADR 0003).
const DEFAULT_RETURN_TO: ReturnTarget[] = ['applicant', 'previous'];

/**
 * The return targets the node allows (`returnTo`) among the steps the case has passed: the engine
 * refuses anything else, so the approver is never offered a choice that fails.
 */
export function returnOptions(task: MyTask, flow: FlowGraph): ReturnOption[] {
  const node = flow.nodes.find((n) => n.id === task.nodeId);
  const allowed =
    (node?.properties as { returnTo?: ReturnTarget[] } | undefined)?.returnTo ?? DEFAULT_RETURN_TO;
  const options: ReturnOption[] = [];
  if (allowed.includes('applicant')) options.push({ key: 'applicant', to: 'applicant', kind: 'applicant' });
  if (allowed.includes('previous')) options.push({ key: 'previous', to: 'previous', kind: 'previous' });
  const anyVisited = allowed.includes('anyVisited');
  const named = new Set(allowed.flatMap((t) => (typeof t === 'object' ? [t.nodeId] : [])));
  for (const target of task.returnTargets) {
    const type = flow.nodes.find((n) => n.id === target.nodeId)?.type;
    if (type !== 'approval' && type !== 'handle') continue;
    if (!anyVisited && !named.has(target.nodeId)) continue;
    options.push({
      key: `node:${target.nodeId}`,
      to: { nodeId: target.nodeId },
      nodeName: target.name,
      kind: 'node',
    });
  }
  return options;
}
