import type { NotifyReason } from '@flowhall/engine';
import type { NotifyEvent, PersonalChannel } from '@flowhall/schema';

// The events, channels and webhook kinds are the API's, in @flowhall/schema; here the server's own
// mapping from the engine's reasons and the outbox payload.

/** Where a notification goes: the user's personal channels (the API's) or the administrators' webhooks. */
export type Channel = PersonalChannel | 'webhook';

export function eventOf(reason: NotifyReason | 'dueSoon' | 'overdue'): NotifyEvent {
  return reason === 'remind' ? 'overdue' : reason;
}

/** The outbox payload of a `notify` row (written by cases/case-writer and the scheduler). */
export interface NotifyPayload {
  to: string[];
  reason: NotifyReason | 'dueSoon' | 'overdue';
  caseId: string;
  nodeId?: string;
  taskId?: string;
  opinion?: string;
  caseTitle?: string;
  serialNo?: string | null;
}
