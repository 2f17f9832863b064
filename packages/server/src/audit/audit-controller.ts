import { Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { isPlatformAdmin } from '../auth/access';
import { requireUserId } from '../auth/current-user';
import { forbidden, unauthenticated } from '../common/app-error';
import { OrgService } from '../org/org-service';
import { AuditService, CheckpointSummary, VerifyReport } from './audit-service';

/** Checking the audit log is for platform administrators only. */
@Controller('/api/admin/audit')
export class AuditController {
  @Inject()
  ctx!: Context;

  @Inject()
  audit!: AuditService;

  @Inject()
  org!: OrgService;

  private async requirePlatformAdmin(): Promise<void> {
    const profile = await this.org.profile(requireUserId(this.ctx));
    if (!profile) throw unauthenticated();
    if (!isPlatformAdmin(profile)) {
      throw forbidden('只有平台管理员可以核验审计日志 / Only platform administrators verify the audit log');
    }
  }

  @Get('/verify', { summary: 'Verify the audit hash chains and latest checkpoint (platform administrators)' })
  async verify(): Promise<VerifyReport> {
    await this.requirePlatformAdmin();
    return this.audit.verify();
  }

  /** Hashes every chain's head now, so entries later cut off a chain's end are noticed. */
  @Post('/checkpoint', { summary: 'Checkpoint every audit chain head (platform administrators)' })
  async checkpoint(): Promise<CheckpointSummary> {
    await this.requirePlatformAdmin();
    this.ctx.status = 201;
    return this.audit.checkpoint();
  }
}
