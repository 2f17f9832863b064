import { App, Configuration, ILifeCycle, IMidwayContainer } from '@midwayjs/core';
import * as busboy from '@midwayjs/busboy';
import * as koa from '@midwayjs/koa';
import { AuthMiddleware } from './auth/auth-middleware';
import { ErrorFilter, NotFoundFilter } from './common/error-filter';
import * as defaultConfig from './config/config.default';
import { HallService } from './hall/hall-service';
import { NotificationDispatcher } from './notifications/dispatcher';
import { PluginManager } from './plugins/plugin-manager';
import { TimeScheduler } from './scheduler/time-scheduler';
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

  // Background work starts once the port is open and stops before the database closes (issue 8);
  // each is switched off by its setting (NOTIFY_DISPATCHER, SCHEDULER).
  async onServerReady(container: IMidwayContainer): Promise<void> {
    (await container.getAsync(NotificationDispatcher)).start();
    (await container.getAsync(TimeScheduler)).start();
  }

  async onStop(container: IMidwayContainer): Promise<void> {
    await (await container.getAsync(TimeScheduler)).stop();
    await (await container.getAsync(NotificationDispatcher)).stop();
  }
}
