import { Controller, Get, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { Database } from '../db/database';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { dialect: string; reachable: boolean };
  version: string;
  time: string;
}

// Read once: the version a process runs does not change while it runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = (require('../../package.json') as { version: string }).version;

@Controller('/api')
export class HealthController {
  @Inject()
  ctx!: Context;

  @Inject()
  db!: Database;

  /** For load balancers and operators: 200 when the database answers, 503 when it does not. */
  @Get('/health')
  async health(): Promise<HealthReport> {
    let reachable = true;
    try {
      await this.db.sequelize.query('SELECT 1');
    } catch {
      reachable = false;
    }
    if (!reachable) this.ctx.status = 503;
    return {
      status: reachable ? 'ok' : 'degraded',
      database: { dialect: this.db.dialect, reachable },
      version: VERSION,
      time: new Date().toISOString(),
    };
  }
}
