/**
 * Times the list queries (to-do, done, my cases, counts) over HTTP with a large database, on
 * SQLite or an embedded PostgreSQL:   npm run bench:lists -- --cases 100000 --db postgres
 * A benchmark script, not a test: it prints figures and judges nothing.
 */
import { createClient } from '@flowhall/client';
import { connect, defineModels, migrate, seedLarge } from '@flowhall/server';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { RunningPostgres, startPostgres } from '../support/postgres';
import { startServer } from '../support/server-process';

const arg = (name: string, fallback: string): string => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
};

async function time(label: string, runs: number, call: () => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  await call(); // warm caches and connections once
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await call();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(1);
  console.log(`  ${label.padEnd(34)} median ${pick(0.5).padStart(7)} ms   p95 ${pick(0.95).padStart(7)} ms`);
}

async function main(): Promise<void> {
  const cases = Number(arg('cases', '100000'));
  const db = arg('db', 'sqlite');
  const runs = Number(arg('runs', '30'));
  const dataDir = mkdtempSync(join(tmpdir(), 'flowhall-bench-'));
  let postgres: RunningPostgres | undefined;
  try {
    if (db === 'postgres') postgres = await startPostgres();
    const settings = { dataDir, databaseUrl: postgres?.url };
    const { sequelize } = await connect(settings);
    await migrate(sequelize);
    console.log(`Seeding ${cases} cases into ${db}...`);
    const report = await seedLarge(sequelize, defineModels(sequelize), { cases });
    await sequelize.close();
    console.log(`  ${report.cases} cases, ${report.tasks} tasks in ${report.seconds} s`);

    const server = await startServer({
      databaseUrl: postgres?.url,
      dataDir,
      env: { FLOWHALL_DEMO_DATA: 'false' },
    });
    try {
      const head = createClient({ baseUrl: server.url });
      await head.auth.login(report.heavyApprover, report.password);
      const applicant = createClient({ baseUrl: server.url });
      await applicant.auth.login('bench-applicant-7', report.password);
      const counts = await head.lists.counts();
      console.log(`\n${db}: ${cases} cases; bench-head has ${counts.todo} pending tasks\n`);
      await time('GET /api/lists/counts', runs, () => head.lists.counts());
      await time('GET /api/lists/todo (page 1, 20)', runs, () => head.lists.list('todo'));
      let cursor: string | undefined;
      for (let page = 0; page < 100; page++)
        cursor = (await head.lists.list('todo', { cursor })).nextCursor ?? undefined;
      await time('GET /api/lists/todo (page 101)', runs, () => head.lists.list('todo', { cursor }));
      await time('GET /api/lists/done (page 1, 20)', runs, () => head.lists.list('done'));
      await time('GET /api/lists/mine (page 1, 20)', runs, () => applicant.lists.list('mine'));
    } finally {
      await server.stop();
    }
  } finally {
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
