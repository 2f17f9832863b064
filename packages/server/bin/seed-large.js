#!/usr/bin/env node
'use strict';
// Fills the configured database (DATA_DIR / DATABASE_URL, as the server reads them) with many
// realistic cases for benchmarks:  npm run seed:large -- --cases 100000
const { join } = require('path');
const dist = join(__dirname, '..', 'dist');
const { readSettings, connect, migrate, defineModels, seedLarge } = require(dist);

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
};
const cases = Number(arg('cases', '100000'));
if (!Number.isInteger(cases) || cases < 1) {
  console.error('--cases must be a positive whole number');
  process.exit(1);
}

(async () => {
  const { settings, problems } = readSettings(process.env, process.cwd());
  if (problems.length) throw new Error(problems.map((p) => `${p.variable}: ${p.message}`).join('; '));
  const { sequelize } = await connect(settings);
  try {
    await migrate(sequelize);
    const report = await seedLarge(sequelize, defineModels(sequelize), {
      cases,
      onProgress: (done) => {
        if (done % 10000 === 0 || done === cases) process.stdout.write(`  ${done} cases\n`);
      },
    });
    console.log(
      `Seeded ${report.cases} cases and ${report.tasks} tasks in ${report.seconds} s. ` +
        `Sign in as ${report.heavyApprover} / ${report.password} for a to-do list of ${Math.ceil(cases / 10)} cases.`,
    );
  } finally {
    await sequelize.close();
  }
})().catch((err) => {
  console.error('[seed:large]', err.message || err);
  process.exit(1);
});
