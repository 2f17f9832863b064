import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Sequelize } from 'sequelize';
import { connect, migrate } from '../src/db/connect';
import type { Database } from '../src/db/database';
import { defineModels, type Models } from '../src/db/models';
import { DelegationService } from '../src/org/delegation-service';
import { TaskLists } from '../src/tasks/task-lists';

describe('server > lists > a page costs the same number of queries at any size (no N+1)', () => {
  let dir: string;
  let sequelize: Sequelize;
  let models: Models;
  let lists: TaskLists;
  let queries = 0;
  const userId = 1;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'flowhall-lists-'));
    ({ sequelize } = await connect({ dataDir: dir, databaseUrl: undefined }));
    await migrate(sequelize);
    models = defineModels(sequelize);
    await models.User.bulkCreate(
      [1, 2].map((id) => ({
        id,
        username: `u${id}`,
        displayName: `用户${id}`,
        passwordHash: 'x',
        identity: 'staff',
      })),
    );
    const at = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 40; i++) {
      const row = await models.Case.create({
        definitionKey: 'p',
        definitionVersion: 1,
        definitionName: '流程',
        applicantId: userId,
        applicantName: '用户1',
        applicantDeptId: null,
        status: 'running',
        serialNo: `P-2026-${String(i).padStart(5, '0')}`,
        currentStep: '审批',
        state: '{}',
        submittedAt: new Date(at + i * 1000),
        finishedAt: null,
      });
      await models.Task.create({
        id: `${row.id}/t1`,
        caseId: row.id,
        nodeId: 'a',
        nodeName: '审批',
        kind: 'approval',
        assigneeId: userId,
        status: i % 2 === 0 ? 'pending' : 'done',
        action: i % 2 === 0 ? null : 'approve',
        opinion: null,
        actedBy: null,
        dueAt: null,
        urgedAt: null,
        doneAt: i % 2 === 0 ? null : new Date(at + i * 1000),
        createdAt: new Date(at + i * 1000),
      });
      await models.CaseCc.create({
        caseId: row.id,
        nodeId: 'cc',
        userId,
        readAt: null,
        createdAt: new Date(at + i),
      });
    }
    const db = { sequelize, models, dialect: 'sqlite' } as unknown as Database;
    const delegations = new DelegationService();
    delegations.db = db;
    lists = new TaskLists();
    lists.db = db;
    lists.delegations = delegations;
    // Sequelize reads `options.logging` on every query; the typings do not expose `options`.
    (sequelize as unknown as { options: { logging: () => void } }).options.logging = () => {
      queries++;
    };
  });

  after(async () => {
    await sequelize.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cost = async (box: 'todo' | 'done' | 'cc' | 'mine', limit: number): Promise<number> => {
    queries = 0;
    const page = await lists.list(userId, box, { limit });
    expect(page.items.length).to.equal(limit);
    return queries;
  };

  for (const box of ['todo', 'done', 'cc', 'mine'] as const) {
    it(`${box}: a page of 2 and a page of 20 take the same queries, and only a few`, async () => {
      const small = await cost(box, 2);
      const large = await cost(box, 20);
      expect(large).to.equal(small);
      expect(large).to.be.at.most(3);
    });
  }

  it('counts for the badges: a fixed handful of queries', async () => {
    queries = 0;
    const counts = await lists.counts(userId);
    expect(counts).to.include({ todo: 20, ccUnread: 40 });
    expect(queries).to.be.at.most(7);
  });
});
