import type { PersonRef } from './org';

// Shapes of the signed-in user's own resources and of the audit answers, shared by server and client.

/** A bearer token for API clients (`POST /api/me/tokens` shows the secret once, beside these). */
export interface ApiToken {
  id: number;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}

/** Out of office: `delegate` acts for me from `startsAt` (inclusive) to `endsAt` (exclusive). */
export interface Delegation {
  id: number;
  delegate: PersonRef;
  startsAt: string;
  endsAt: string;
  reason: string | null;
  createdAt: string;
}

/** A common opinion (R17): a stock phrase (`id` null) or one of the user's own. */
export interface Opinion {
  id: number | null;
  text: string;
  own: boolean;
}

/** An uploaded file as the upload answers it; its id goes into form data. */
export interface StoredFile {
  id: string;
  name: string;
  mime: string;
  size: number;
}

export type AuditBrokenReason =
  | 'HASH_MISMATCH'
  | 'PREV_HASH_MISMATCH'
  | 'SEQ_GAP'
  | 'CHECKPOINT_MISMATCH'
  | 'CHECKPOINT_STREAM_COUNT';

export interface AuditVerifyReport {
  ok: boolean;
  entries: number;
  streams: number;
  /** The latest checkpoint checked, if any. */
  checkpoint?: { id: number; at: string; ok: boolean };
  /** For a checkpoint problem, `id` is the checkpoint's id and `stream` is '*'. */
  firstBroken?: { id: number; stream: string; seq: number; reason: AuditBrokenReason };
}

export interface AuditCheckpoint {
  id: number;
  at: string;
  streamCount: number;
  maxEntryId: number;
  headsHash: string;
}
