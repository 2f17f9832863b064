import { Controller, Get, Inject, MidwayWebRouterService } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { buildOpenApi } from './build-openapi';
import { docsPage } from './docs-page';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = (require('../../package.json') as { version: string }).version;

@Controller('/api')
export class OpenApiController {
  @Inject()
  ctx!: Context;

  @Inject()
  routerService!: MidwayWebRouterService;

  @Get('/openapi.json', { summary: 'The OpenAPI 3 document of this API' })
  async document(): Promise<Record<string, unknown>> {
    return buildOpenApi(await this.routerService.getFlattenRouterTable(), VERSION);
  }

  @Get('/docs', { summary: 'A browsable list of the API, read from /api/openapi.json' })
  async docs(): Promise<string> {
    this.ctx.type = 'html';
    return docsPage();
  }
}
