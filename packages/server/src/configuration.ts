import { App, Configuration, ILifeCycle } from '@midwayjs/core';
import * as koa from '@midwayjs/koa';
import { AuthMiddleware } from './auth/auth-middleware';
import { ErrorFilter, NotFoundFilter } from './common/error-filter';
import * as defaultConfig from './config/config.default';
import { WebAppMiddleware } from './web/web-app-middleware';

@Configuration({
  imports: [koa],
  importConfigs: [{ default: defaultConfig }],
})
export class MainConfiguration implements ILifeCycle {
  @App('koa')
  app!: koa.Application;

  async onReady(): Promise<void> {
    // The web app is served before authentication: its files are public, the data is not.
    this.app.useMiddleware([WebAppMiddleware, AuthMiddleware]);
    this.app.useFilter([NotFoundFilter, ErrorFilter]);
  }
}
