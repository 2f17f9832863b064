import { ApiError } from '@flowhall/client';
import { expect } from 'chai';
import { testServer } from '../support/api-hooks';
import { ROWS, type Expectation, type Row } from './helpers/matrix-rows';
import { ADMIN_ROWS } from './helpers/matrix-rows-admin';
import { buildWorld, ROLES, type World } from './helpers/matrix-world';

const ALL_ROWS: Row[] = [...ROWS, ...ADMIN_ROWS];

const MATCHES: Record<Expectation, (status: number) => boolean> = {
  A: (s) => s >= 200 && s < 300,
  D: (s) => s === 403 || s === 404,
  U: (s) => s === 401,
  V: (s) => [400, 404, 409, 422].includes(s),
  N: (s) => s === 404,
};

async function statusOf(world: World, row: Row, role: (typeof ROLES)[number]): Promise<number> {
  const call = await row.call(world, role);
  const method = row.op.split(' ')[0]!;
  const client = call.client ?? world.clients[role];
  try {
    // Bytes, not JSON: the PDF, files and exports answer binary bodies.
    await client.request(method, call.path, call.body, { binary: method === 'GET' });
    return 200;
  } catch (err) {
    if (err instanceof ApiError) return err.status;
    throw err;
  }
}

describe('api > access matrix: every endpoint × anonymous, applicant, other applicant, assignee, other approver, office admin, platform admin', function () {
  let world: World;
  // Some rows create a fresh case per person (seven writes and more) and SQLite runs one writer.
  this.timeout(180_000);

  before(async () => {
    world = await buildWorld();
  });

  it('has exactly one row for every operation in the OpenAPI document (a new route without a row fails here)', async () => {
    const response = await fetch(`${testServer().url}/api/openapi.json`);
    const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const rows = ALL_ROWS.map((r) => r.op);
    expect(rows.length, 'duplicate rows').to.equal(new Set(rows).size);
    expect(
      operations.filter((op) => !rows.includes(op)),
      'operations without a matrix row',
    ).to.deep.equal([]);
    expect(
      rows.filter((op) => !operations.includes(op)),
      'rows for operations the API no longer has',
    ).to.deep.equal([]);
    for (const row of ALL_ROWS) expect(row.expect, row.op).to.match(/^[ADUVN]{7}$/);
  });

  for (const row of ALL_ROWS) {
    it(`${row.op} → ${row.expect}`, async () => {
      const got: string[] = [];
      const wrong: string[] = [];
      for (const [i, role] of ROLES.entries()) {
        const status = await statusOf(world, row, role);
        const wanted = row.expect[i] as Expectation;
        got.push(String(status));
        expect(status, `${row.op} as ${role}`).to.be.below(500);
        if (!MATCHES[wanted](status)) wrong.push(`${role}: wanted ${wanted}, got ${status}`);
      }
      expect(wrong, `${row.op} answered ${got.join(' ')}`).to.deep.equal([]);
    });
  }
});
