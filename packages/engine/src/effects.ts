import type { Task } from './state';

export type NotifyReason =
  | 'assigned'
  | 'urged'
  | 'remind'
  | 'returned'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'cc';

/**
 * What the server must do after persisting the new state, in the same transaction (DESIGN §5).
 * Task effects carry the whole task so the server can upsert its task rows without reading the state.
 */
export type Effect =
  | { type: 'createTask'; task: Task }
  | { type: 'updateTask'; task: Task }
  | { type: 'cancelTask'; task: Task }
  | {
      type: 'notify';
      to: string[];
      reason: NotifyReason;
      caseId: string;
      nodeId?: string;
      taskId?: string;
      opinion?: string;
    }
  | { type: 'stamp'; caseId: string; nodeId: string; taskId: string; userId: string; deptId: string | null }
  | { type: 'drawSerialNumber'; caseId: string; definitionKey: string }
  | { type: 'caseFinished'; caseId: string; outcome: 'approved' | 'rejected' | 'withdrawn' };

export type EffectType = Effect['type'];
