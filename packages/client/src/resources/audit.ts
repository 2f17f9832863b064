import type { Request } from '../transport';

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
  checkpoint?: { id: number; at: string; ok: boolean };
  firstBroken?: { id: number; stream: string; seq: number; reason: AuditBrokenReason };
}

export interface AuditCheckpoint {
  id: number;
  at: string;
  streamCount: number;
  maxEntryId: number;
  headsHash: string;
}

/** Platform administrators only. */
export interface AuditApi {
  verify(): Promise<AuditVerifyReport>;
  checkpoint(): Promise<AuditCheckpoint>;
}

export function auditApi(request: Request): AuditApi {
  return {
    verify: () => request<AuditVerifyReport>('GET', '/api/admin/audit/verify'),
    checkpoint: () => request<AuditCheckpoint>('POST', '/api/admin/audit/checkpoint'),
  };
}
