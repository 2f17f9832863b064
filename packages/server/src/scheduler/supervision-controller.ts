import { Controller, Inject, Param, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { adminProfile } from '../org/org-access';
import { OrgService } from '../org/org-service';
import { SupervisedUrge, type SupervisedUrgeOutcome } from './supervised-urge';

@Controller('/api/lists/supervised')
export class SupervisionController {
  @Inject()
  ctx!: Context;

  @Inject()
  org!: OrgService;

  @Inject()
  supervised!: SupervisedUrge;

  /** One-click urge (督办) from the supervised list: office and platform administrators. */
  @Post('/:taskId/urge', { summary: 'Urge a pending task from the supervised list (administrators)' })
  async urge(@Param('taskId') taskId: string): Promise<SupervisedUrgeOutcome> {
    const profile = await adminProfile(this.org, this.ctx);
    return this.supervised.urge(profile.id, taskId, new Date());
  }
}
