import { Controller, Get, Inject, Param } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { requireUserId } from '../auth/current-user';
import { CaseAccess, caseNotFound } from '../cases/case-access';
import { unauthenticated } from '../common/app-error';
import { OrgService } from '../org/org-service';
import { CasePdfService, contentDisposition } from './case-pdf-service';

@Controller('/api/cases')
export class CasePdfController {
  @Inject()
  ctx!: Context;

  @Inject()
  org!: OrgService;

  @Inject()
  access!: CaseAccess;

  @Inject()
  pdfs!: CasePdfService;

  /** The case as a PDF (R26) for anyone who may read it; others get 404 as for the case itself. */
  @Get('/:id/pdf', { summary: 'The case as a PDF: form, opinions with stamps, serial number, trace (R26)' })
  async pdf(@Param('id') id: string): Promise<Buffer> {
    const profile = await this.org.profile(requireUserId(this.ctx));
    if (!profile) throw unauthenticated();
    const caseId = Number(id);
    if (!Number.isSafeInteger(caseId) || caseId < 1) throw caseNotFound();
    const { row, relations } = await this.access.readable(profile, caseId);
    const { pdf, filename } = await this.pdfs.render(profile, row, relations);
    this.ctx.set('Content-Type', 'application/pdf');
    this.ctx.set('Content-Disposition', contentDisposition(filename));
    this.ctx.set('Cache-Control', 'private, no-store');
    return pdf;
  }
}
