import { Config, Middleware } from '@midwayjs/core';
import type { Context, NextFunction } from '@midwayjs/koa';
import { createReadStream, existsSync, statSync } from 'fs';
import { extname, join, normalize, sep } from 'path';
import type { Settings } from '../settings';

/**
 * Serves the built web app (runtime/dist) from the same process and port as the API. Paths
 * without a file extension fall back to index.html so the app's own router handles deep links.
 */
@Middleware()
export class WebAppMiddleware {
  @Config('flowhall')
  settings!: Settings;

  resolve() {
    const root = this.settings.webRoot;
    const available = root !== undefined && existsSync(join(root, 'index.html'));
    return async (ctx: Context, next: NextFunction): Promise<void> => {
      if (
        !available ||
        !root ||
        (ctx.method !== 'GET' && ctx.method !== 'HEAD') ||
        ctx.path.startsWith('/api/')
      ) {
        return next();
      }
      let relative: string;
      try {
        relative = decodeURIComponent(ctx.path);
      } catch {
        return next();
      }
      const file = normalize(join(root, relative));
      // Refuse anything that escapes the web root (../ tricks, encoded or not).
      if (file !== root && !file.startsWith(root + sep)) return next();
      if (existsSync(file) && statSync(file).isFile()) {
        ctx.type = extname(file);
        // umi emits content-hashed names for scripts and styles: safe to cache for a year.
        ctx.set(
          'Cache-Control',
          /\.[0-9a-f]{8,}\.(js|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        ctx.body = createReadStream(file);
        return;
      }
      if (extname(relative) === '') {
        ctx.type = 'html';
        ctx.set('Cache-Control', 'no-cache');
        ctx.body = createReadStream(join(root, 'index.html'));
        return;
      }
      return next();
    };
  }

  static getName(): string {
    return 'flowhall-web-app';
  }
}
