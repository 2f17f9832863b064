import { App, Configuration, ILifeCycle, IMidwayContainer } from '@midwayjs/core';
import * as busboy from '@midwayjs/busboy';
import * as koa from '@midwayjs/koa';
import { AuthMiddleware } from './auth/auth-middleware';
import { ErrorFilter, NotFoundFilter } from './common/error-filter';
import * as defaultConfig from './config/config.default';
import { HallService } from './hall/hall-service';
import { PluginManager } from './plugins/plugin-manager';
import { WebAppMiddleware } from './web/web-app-middleware';

@Configuration({
  imports: [koa, busboy],
  importConfigs: [{ default: defaultConfig }],
})
export class MainConfiguration implements ILifeCycle {
  @App('koa')
  app!: koa.Application;

  async onReady(container: IMidwayContainer): Promise<void> {
    // Plugins start after the database is migrated and before the first request is served.
    await (await container.getAsync(PluginManager)).start();
    // Modules register their file read policies when created; create them before requests arrive.
    await container.getAsync(HallService);
    // The web app is served before authentication: its files are public, the data is not.
    this.app.useMiddleware([WebAppMiddleware, AuthMiddleware]);
    this.app.useFilter([NotFoundFilter, ErrorFilter]);
  }
}
