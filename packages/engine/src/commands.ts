import type { Instant } from './state';

/** Form values an actor writes with a command; checked against the node's field permissions. */
export type FormPatch = { [field: string]: unknown };

interface Base {
  /** Who acts (user id); `tick` is the system's. */
  actor: string;
  at: Instant;
}

interface TaskCommand extends Base {
  taskId: string;
  opinion?: string;
  formPatch?: FormPatch;
}

export interface SubmitCommand extends Base {
  type: 'submit';
  formPatch?: FormPatch;
}
export interface ResubmitCommand extends Base {
  type: 'resubmit';
  formPatch?: FormPatch;
}
export interface WithdrawCommand extends Base {
  type: 'withdraw';
  reason?: string;
}
export interface UrgeCommand extends Base {
  type: 'urge';
  taskIds: string[];
}

export interface ApproveCommand extends TaskCommand {
  type: 'approve';
  route?: string;
}
export interface RejectCommand extends TaskCommand {
  type: 'reject';
}
/** `to` defaults to the applicant. */
export interface ReturnCommand extends TaskCommand {
  type: 'return';
  to?: 'applicant' | 'previous' | { nodeId: string };
}
/** Approve and send to higher leaders the approver picks (R15); read by the next `approverChoice` node. */
export interface ForwardCommand extends TaskCommand {
  type: 'forward';
  to: string[];
  route?: string;
}
export interface FinalApproveCommand extends TaskCommand {
  type: 'finalApprove';
  route?: string;
}
export interface TransferCommand extends TaskCommand {
  type: 'transfer';
  to: string;
}
export interface AddSignerCommand extends TaskCommand {
  type: 'addSigner';
  users: string[];
  position: 'before' | 'after';
}
export interface CompleteCommand extends TaskCommand {
  type: 'complete';
}
/** Applies time limits due at `at`; the server feeds it periodically. */
export interface TickCommand {
  type: 'tick';
  at: Instant;
}

export type Command =
  | SubmitCommand
  | ResubmitCommand
  | WithdrawCommand
  | UrgeCommand
  | ApproveCommand
  | RejectCommand
  | ReturnCommand
  | ForwardCommand
  | FinalApproveCommand
  | TransferCommand
  | AddSignerCommand
  | CompleteCommand
  | TickCommand;

export type CommandType = Command['type'];
export type TaskCommandType = Exclude<CommandType, 'submit' | 'resubmit' | 'withdraw' | 'urge' | 'tick'>;
