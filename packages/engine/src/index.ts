export type { Engine, EngineOptions, StartInput } from './engine';
export { createEngine } from './engine';
export type {
  Command,
  CommandType,
  TaskCommandType,
  FormPatch,
  SubmitCommand,
  ResubmitCommand,
  WithdrawCommand,
  UrgeCommand,
  ApproveCommand,
  RejectCommand,
  ReturnCommand,
  ForwardCommand,
  FinalApproveCommand,
  TransferCommand,
  AddSignerCommand,
  CompleteCommand,
  TickCommand,
} from './commands';
export type { Effect, EffectType, NotifyReason } from './effects';
export type { EngineError, EngineErrorCode } from './errors';
export type { EngineOk, EngineResult } from './result';
export type {
  CaseStatus,
  TaskStatus,
  TaskAction,
  TaskKind,
  Instant,
  Applicant,
  Task,
  CancelReason,
  Activation,
  PathEntry,
  Decision,
  TraceEntry,
  CcRecord,
  CaseState,
} from './state';
export { FINAL_STATUSES } from './state';
export type { OrgDirectory, MemoryOrgData } from './org-directory';
export { createMemoryOrgDirectory } from './org-directory';
export { URGE_INTERVAL_HOURS } from './commands/applicant';
export { SYSTEM_ACTOR } from './commands/tick';
export { pendingTasks, passedNodes, currentNodes } from './queries';
