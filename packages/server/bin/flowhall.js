#!/usr/bin/env node
'use strict';
// Starts the Flowhall server: API and the built web app on one port, SQLite under DATA_DIR unless
// DATABASE_URL names a PostgreSQL database. See the README for every setting.
const { join, resolve } = require('path');
const { existsSync } = require('fs');

const dist = join(__dirname, '..', 'dist');
if (!existsSync(join(dist, 'configuration.js'))) {
  console.error(
    '[flowhall] The server is not built yet. Run `npm run build` (or `npm start`) from the repository root.',
  );
  process.exit(1);
}
if (!process.env.FLOWHALL_WEB_ROOT) {
  process.env.FLOWHALL_WEB_ROOT = resolve(__dirname, '..', '..', '..', 'runtime', 'dist');
}
const { readSettings, DEMO_PASSWORD, demoAccounts } = require(dist);
const { settings, problems } = readSettings(process.env, process.cwd());
if (problems.length > 0) {
  for (const p of problems) console.error(`[flowhall] ${p.variable}: ${p.message}`);
  process.exit(1);
}
process.env.MIDWAY_LOGGER_WRITEABLE_DIR =
  process.env.MIDWAY_LOGGER_WRITEABLE_DIR || join(settings.dataDir, 'logs');

const { Bootstrap } = require('@midwayjs/bootstrap');
Bootstrap.configure({ baseDir: dist, imports: [require(join(dist, 'configuration'))] })
  .run()
  .then(() => {
    const url = `http://localhost:${settings.port}`;
    const db = settings.databaseUrl ? 'PostgreSQL' : `SQLite (${join(settings.dataDir, 'flowhall.sqlite')})`;
    const lines = [
      '',
      `  Flowhall is running at ${url}`,
      `  Database: ${db}`,
      existsSync(join(settings.webRoot || '', 'index.html'))
        ? '  Web app: served from ' + settings.webRoot
        : '  Web app: not built (API only); run `npm run build`',
    ];
    if (settings.demoData) {
      lines.push(`  Demo accounts (password ${DEMO_PASSWORD}):`);
      for (const a of demoAccounts())
        lines.push(`    ${a.username.padEnd(10)} ${a.displayName} · ${a.title}`);
    }
    console.log(lines.join('\n') + '\n');
    if (process.send) process.send({ type: 'flowhall:ready', url });
  })
  .catch((err) => {
    console.error('[flowhall] failed to start:', err);
    process.exit(1);
  });
