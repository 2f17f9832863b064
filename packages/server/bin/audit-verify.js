#!/usr/bin/env node
'use strict';
// Verifies the audit log's hash chains and latest checkpoint in the configured database
// (DATA_DIR / DATABASE_URL, as the server reads them):  npm run audit:verify
// Exits 0 when intact, 1 when broken (naming the first broken entry), 2 when it cannot run.
const { join } = require('path');
const dist = join(__dirname, '..', 'dist');
const { readSettings, connect, defineModels, AuditService } = require(dist);

(async () => {
  const { settings, problems } = readSettings(process.env, process.cwd());
  if (problems.length) throw new Error(problems.map((p) => `${p.variable}: ${p.message}`).join('; '));
  const { sequelize, dialect } = await connect(settings);
  try {
    const audit = new AuditService();
    audit.db = { sequelize, dialect, models: defineModels(sequelize) };
    const report = await audit.verify();
    const where = settings.databaseUrl ? 'PostgreSQL' : join(settings.dataDir, 'flowhall.sqlite');
    console.log(`Audit log (${where}): ${report.entries} entries in ${report.streams} streams.`);
    if (report.checkpoint) {
      console.log(
        `Latest checkpoint #${report.checkpoint.id} at ${report.checkpoint.at}: ${report.checkpoint.ok ? 'matches' : 'DOES NOT MATCH'}.`,
      );
    } else {
      console.log('No checkpoint yet.');
    }
    if (report.ok) {
      console.log('OK: every chain is intact.');
      return 0;
    }
    const b = report.firstBroken;
    console.log(`BROKEN: first broken at entry #${b.id} (stream ${b.stream}, seq ${b.seq}): ${b.reason}`);
    return 1;
  } finally {
    await sequelize.close();
  }
})().then(
  (code) => process.exit(code),
  (err) => {
    console.error('[audit:verify]', err.message || err);
    process.exit(2);
  },
);
