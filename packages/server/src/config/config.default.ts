import { MidwayConfig } from '@midwayjs/core';
import { join } from 'path';
import { readSettings } from '../settings';

// The start script validates settings and fails loudly; here we only take the values.
const { settings } = readSettings(process.env, process.cwd());

export default {
  // Required by the framework for signed cookies; ours are not signed (the session token is a
  // random secret looked up by its hash), so this key protects nothing and needs no rotation.
  keys: 'flowhall',
  koa: { port: settings.port, proxy: settings.trustProxy },
  // The built-in favicon handler answers an empty icon; the web app serves its own files.
  siteFile: { enable: false },
  flowhall: settings,
  midwayLogger: {
    default: {
      dir: join(settings.dataDir, 'logs'),
      level: process.env.LOG_LEVEL ?? 'info',
    },
  },
} as MidwayConfig;
