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
  // Multipart uploads (only on the routes that add UploadMiddleware). Types are checked by content
  // in files/sniff.ts, so the parser's extension whitelist is off; parts are written under DATA_DIR.
  busboy: {
    mode: 'file',
    tmpdir: join(settings.dataDir, 'tmp', 'uploads'),
    whitelist: null,
    defParamCharset: 'utf8',
    cleanTimeout: 10 * 60 * 1000,
    // busboy signals 'limit' on reaching fileSize, so allow one byte more than the maximum.
    limits: {
      fileSize: settings.uploadMaxMb * 1024 * 1024 + 1,
      files: settings.uploadMaxFiles,
      fields: 50,
      parts: 200,
    },
  },
  midwayLogger: {
    default: {
      dir: join(settings.dataDir, 'logs'),
      level: process.env.LOG_LEVEL ?? 'info',
    },
  },
} as MidwayConfig;
