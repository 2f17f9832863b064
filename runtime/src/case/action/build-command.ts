import type { TaskActionType, TaskCommand } from '@flowhall/schema';

/** What the approver entered for one action. */
export interface ActionInput {
  opinion: string;
  route?: string;
  formPatch?: Record<string, unknown>;
  returnTo?: NonNullable<TaskCommand['to']>;
  /** forward: the leader; transfer: the new assignee; addSigner: the extra signer. */
  userId?: number;
  position?: 'before' | 'after';
}

/** Actions that move the case on and so carry the node's editable fields and the route. */
export const FORWARD_MOVING: readonly TaskActionType[] = ['approve', 'forward', 'finalApprove', 'complete'];

/** Actions that need a person chosen in a dialog first. */
export const NEEDS_PERSON: readonly TaskActionType[] = ['forward', 'transfer', 'addSigner'];

/** The command the server expects for an action, from what the approver entered. */
export function buildCommand(type: TaskActionType, input: ActionInput): TaskCommand {
  const command: TaskCommand = { type };
  const opinion = input.opinion.trim();
  if (opinion) command.opinion = opinion;
  if (FORWARD_MOVING.includes(type)) {
    if (input.route) command.route = input.route;
    if (input.formPatch && Object.keys(input.formPatch).length > 0) command.formPatch = input.formPatch;
  }
  if (type === 'return' && input.returnTo !== undefined) command.to = input.returnTo;
  if (type === 'forward' && input.userId !== undefined) command.to = [input.userId];
  if (type === 'transfer' && input.userId !== undefined) command.to = input.userId;
  if (type === 'addSigner' && input.userId !== undefined) {
    command.users = [input.userId];
    command.position = input.position ?? 'after';
  }
  return command;
}

/** Button order: the positive decisions first, then the others. */
export const ACTION_ORDER: readonly TaskActionType[] = [
  'approve',
  'forward',
  'finalApprove',
  'complete',
  'reject',
  'return',
  'transfer',
  'addSigner',
];
