import { MidwayConfig } from '@midwayjs/core';
import { join } from 'path';
import { readSettings } from '../settings';

// The start script validates settings and fails loudly; here we only take the values.
const { settings } = readSettings(process.env, process.cwd());

export default {
  keys: 'flowhall',
  koa: { port: settings.port },
  flowhall: settings,
  midwayLogger: {
    default: {
      dir: join(settings.dataDir, 'logs'),
      level: process.env.LOG_LEVEL ?? 'info',
    },
  },
} as MidwayConfig;
