import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { Workbook } from 'exceljs';
import { apiError } from '../support/expect-api-error';
import type { RunningServer } from '../support/server-process';
import { ownDatabase, signedInAt, startServer, type OwnDatabase } from './notification-support';
import { publishHeadApproval } from './notification-process';

describe('api > statistics', function () {
  this.timeout(120_000);
  let db: OwnDatabase;
  let server: RunningServer;
  let admin: FlowhallClient;
  let applicant: FlowhallClient;
  let head: FlowhallClient;
  let key: string;

  before(async () => {
    db = await ownDatabase();
    server = await startServer({ ...db.options, env: { FLOWHALL_PLUGINS: '', SCHEDULER: 'false' } });
    [admin, applicant, head] = await Promise.all(
      ['admin', 'zhangsan', 'liyuan'].map((u) => signedInAt(server, u)),
    );
    // Given three cases of one service: one approved (and rated 5), one rejected, one waiting
    key = await publishHeadApproval(admin);
    const ids: number[] = [];
    for (const reason of ['一', '二', '三']) {
      ids.push((await applicant.cases.create({ definitionKey: key, form: { reason }, submit: true })).id);
    }
    const taskOf = async (id: number) => (await head.cases.get(id)).myTasks[0]!.id;
    await head.cases.act(await taskOf(ids[0]!), { type: 'approve', opinion: '同意' });
    await head.cases.act(await taskOf(ids[1]!), { type: 'reject', opinion: '不符合要求' });
    await applicant.hall.rate(ids[0]!, { stars: 5, comment: '很快' });
  });

  after(async () => {
    await server?.stop();
    await db?.stop();
  });

  it('counts cases by service, status, department and month', async () => {
    const stats = await admin.statistics.cases({ definitionKey: key });
    expect(stats.byService).to.deep.equal([{ key, name: '通知测试事项', count: 3 }]);
    const byStatus = Object.fromEntries(stats.byStatus.map((r) => [r.status, r.count]));
    expect(byStatus).to.deep.equal({ approved: 1, rejected: 1, running: 1 });
    expect(stats.byDepartment).to.have.length(1);
    expect(stats.byDepartment[0]).to.include({ count: 3 });
    expect(stats.byDepartment[0]!.name).to.be.a('string').and.not.equal('');
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    expect(stats.overTime.filter((r) => r.period === month).reduce((n, r) => n + r.count, 0)).to.equal(3);
    const daily = await admin.statistics.cases({ definitionKey: key, interval: 'day' });
    expect(daily.overTime[0]!.period).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a period before the cases has none of them', async () => {
    const stats = await admin.statistics.cases({ definitionKey: key, from: '2020-01-01', to: '2020-12-31' });
    expect(stats.byService).to.deep.equal([]);
  });

  it('measures handling time per service and per step, finished cases and done tasks only', async () => {
    const { byService, byNode } = await admin.statistics.durations({ definitionKey: key });
    expect(byService).to.have.length(1);
    expect(byService[0]).to.include({ key, count: 2 });
    expect(byService[0]!.averageHours).to.be.at.least(0).and.below(1);
    expect(byService[0]!.longestHours).to.be.at.least(byService[0]!.averageHours);
    expect(byNode).to.have.length(1);
    expect(byNode[0]).to.include({ nodeId: 'head', nodeName: '部门负责人审批', count: 2 });
  });

  it("shows each approver's backlog", async () => {
    const backlog = await admin.statistics.backlog({ definitionKey: key });
    expect(backlog).to.have.length(1);
    expect(backlog[0]).to.include({ name: '李院长', pending: 1, overdue: 0 });
    expect(backlog[0]!.oldest).to.be.a('string');
  });

  it('reads satisfaction ratings per service (R29)', async () => {
    const ratings = await admin.statistics.ratings({ definitionKey: key });
    expect(ratings).to.deep.equal([
      { key, name: '通知测试事项', count: 1, average: 5, stars: [0, 0, 0, 0, 1] },
    ]);
  });

  it('exports the period as an Excel workbook with one sheet per table', async () => {
    const file = await admin.statistics.export({ definitionKey: key });
    expect(file.contentType).to.contain('spreadsheetml');
    expect(file.contentDisposition).to.contain('attachment').and.contain('.xlsx');
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).to.deep.equal([
      '概览',
      '按事项',
      '按状态',
      '按部门',
      '趋势',
      '事项办理时长',
      '环节办理时长',
      '待办积压',
      '满意度',
    ]);
    const services = book.getWorksheet('按事项')!;
    expect(services.getRow(1).getCell(1).value).to.equal('事项');
    expect(services.getRow(2).values).to.include.members(['通知测试事项', key, 3]);
  });

  it('is for administrators, and refuses a bad period with a stable code', async () => {
    expect((await apiError(applicant.statistics.cases())).status).to.equal(403);
    expect((await apiError(admin.statistics.cases({ from: 'yesterday' }))).code).to.equal(
      'VALIDATION_FAILED',
    );
    expect((await apiError(admin.statistics.cases({ from: '2026-02-01', to: '2026-01-01' }))).code).to.equal(
      'VALIDATION_FAILED',
    );
    expect((await apiError(admin.statistics.cases({ interval: 'week' as never }))).code).to.equal(
      'VALIDATION_FAILED',
    );
  });
});
