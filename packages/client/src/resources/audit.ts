import type { AuditBrokenReason, AuditCheckpoint, AuditVerifyReport } from '@flowhall/schema';
import type { Request } from '../transport';

export type { AuditBrokenReason, AuditCheckpoint, AuditVerifyReport };

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
