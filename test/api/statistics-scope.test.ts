import type { DepartmentNode, FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { Workbook } from 'exceljs';
import { apiError } from '../support/expect-api-error';
import type { RunningServer } from '../support/server-process';
import { ownDatabase, signedInAt, startServer, type OwnDatabase } from './notification-support';
import { publishHeadApproval } from './notification-process';

// R29: units count what they handled. 李院长 heads 计算机学院 (and so its 综合办公室); 王科长
// approves for 计算机学院 as its section head; 赵主任 heads the office and is an office administrator.
describe('api > statistics by unit', function () {
  this.timeout(120_000);
  let db: OwnDatabase;
  let server: RunningServer;
  let admin: FlowhallClient;
  let head: FlowhallClient;
  let sectionHead: FlowhallClient;
  let applicant: FlowhallClient;
  let key: string;
  const dept: Record<string, number> = {};

  before(async () => {
    db = await ownDatabase();
    server = await startServer({ ...db.options, env: { FLOWHALL_PLUGINS: '', SCHEDULER: 'false' } });
    const clients = await Promise.all(
      ['admin', 'liyuan', 'wangke', 'zhangsan', 'sunbs', 'zhaozr'].map((u) => signedInAt(server, u)),
    );
    [admin, head, sectionHead, applicant] = clients as [
      FlowhallClient,
      FlowhallClient,
      FlowhallClient,
      FlowhallClient,
    ];
    const [officeApplicant, officeHead] = [clients[4]!, clients[5]!];
    const walk = (nodes: DepartmentNode[]): void =>
      nodes.forEach((d) => {
        dept[d.name] = d.id;
        walk(d.children);
      });
    walk((await admin.org.departments()).items);
    // Given two cases from 计算机学院 (one approved by 李院长) and two from the office (one
    // approved by 赵主任), each waiting case still with its department head
    key = await publishHeadApproval(admin);
    const submit = async (client: FlowhallClient, reason: string) =>
      (await client.cases.create({ definitionKey: key, form: { reason }, submit: true })).id;
    const cs = [await submit(applicant, '学院一'), await submit(applicant, '学院二')];
    const office = [await submit(officeApplicant, '办公室一'), await submit(officeApplicant, '办公室二')];
    const approve = async (client: FlowhallClient, id: number) =>
      client.cases.act((await client.cases.get(id)).myTasks[0]!.id, { type: 'approve', opinion: '同意' });
    await approve(head, cs[0]!);
    await approve(officeHead, office[0]!);
    await applicant.hall.rate(cs[0]!, { stars: 4 });
    await officeApplicant.hall.rate(office[0]!, { stars: 2 });
  });

  after(async () => {
    await server?.stop();
    await db?.stop();
  });

  it("a department head sees only their unit's cases, steps, backlog and ratings", async () => {
    // When 李院长 opens statistics without picking a department
    const cases = await head.statistics.cases({ definitionKey: key });
    const durations = await head.statistics.durations({ definitionKey: key });
    const backlog = await head.statistics.backlog({ definitionKey: key });
    const ratings = await head.statistics.ratings({ definitionKey: key });
    // Then only 计算机学院's applications and people count
    expect(cases.byService.map((r) => r.count)).to.deep.equal([2]);
    expect(cases.byDepartment.map((r) => [r.name, r.count])).to.deep.equal([['计算机学院', 2]]);
    expect(durations.byService.map((r) => r.count)).to.deep.equal([1]);
    expect(durations.byNode.map((r) => [r.nodeId, r.count])).to.deep.equal([['head', 1]]);
    expect(backlog.map((r) => [r.name, r.pending])).to.deep.equal([['李院长', 1]]);
    expect(ratings.map((r) => [r.count, r.average])).to.deep.equal([[1, 4]]);
  });

  it('administrators see the organisation, or any department they pick', async () => {
    const all = await admin.statistics.cases({ definitionKey: key });
    expect(all.byService[0]!.count).to.equal(4);
    const office = dept['党委办公室、校长办公室']!;
    const picked = await admin.statistics.cases({ definitionKey: key, departmentId: office });
    expect(picked.byDepartment.map((r) => [r.name, r.count])).to.deep.equal([['党委办公室、校长办公室', 2]]);
    const backlog = await admin.statistics.backlog({ definitionKey: key, departmentId: office });
    expect(backlog.map((r) => r.name)).to.deep.equal(['赵主任']);
    // A department counts its sub-departments: the whole university is everything
    const university = await admin.statistics.cases({ definitionKey: key, departmentId: dept['示范大学']! });
    expect(university.byService[0]!.count).to.equal(4);
  });

  it('a unit approver (a role held for the school) sees the school', async () => {
    const cases = await sectionHead.statistics.cases({ definitionKey: key });
    expect(cases.byService[0]!.count).to.equal(2);
    const scope = await sectionHead.statistics.scope();
    expect(scope.organisationWide).to.equal(false);
    expect(scope.departments.map((d) => d.name)).to.have.members(['计算机学院', '计算机学院综合办公室']);
  });

  it('a department head may narrow to a department inside the unit, nothing outside it', async () => {
    const general = await head.statistics.cases({
      definitionKey: key,
      departmentId: dept['计算机学院综合办公室']!,
    });
    expect(general.byService).to.deep.equal([]);
    for (const outside of ['党委办公室、校长办公室', '示范大学']) {
      const error = await apiError(head.statistics.cases({ departmentId: dept[outside]! }));
      expect([error.status, error.code]).to.deep.equal([403, 'STATISTICS_OUT_OF_SCOPE']);
    }
    const exported = await apiError(
      head.statistics.export({ departmentId: dept['党委办公室、校长办公室']! }),
    );
    expect([exported.status, exported.code]).to.deep.equal([403, 'STATISTICS_OUT_OF_SCOPE']);
  });

  it('tells each person what they may pick', async () => {
    const own = await head.statistics.scope();
    expect(own.organisationWide).to.equal(false);
    const byName = Object.fromEntries(own.departments.map((d) => [d.name, d.parentId]));
    expect(byName).to.deep.equal({
      计算机学院: null,
      计算机学院综合办公室: dept['计算机学院']!,
    });
    const all = await admin.statistics.scope();
    expect(all.organisationWide).to.equal(true);
    expect(all.departments.map((d) => d.id)).to.have.members(Object.values(dept));
    expect((await apiError(applicant.statistics.scope())).code).to.equal('FORBIDDEN');
    // The web app shows the statistics entry from the profile: who heads what
    expect((await head.auth.me()).headOf).to.deep.equal([dept['计算机学院']]);
    expect((await applicant.auth.me()).headOf).to.deep.equal([]);
  });

  it("the department head's Excel export holds their unit only and names it", async () => {
    const file = await head.statistics.export({ definitionKey: key });
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const summary = book.getWorksheet('概览')!;
    expect(summary.getRow(3).values).to.include.members(['统计范围', '计算机学院']);
    expect(summary.getRow(4).values).to.include.members(['申请总数', 2]);
    const approvers = book.getWorksheet('待办积压')!.getColumn(1).values;
    expect(approvers).to.include('李院长').and.not.include('赵主任');
  });

  it('refuses people with no unit, and a department id that is not one', async () => {
    expect((await apiError(applicant.statistics.cases())).code).to.equal('FORBIDDEN');
    expect((await apiError(admin.statistics.cases({ departmentId: 987654 }))).code).to.equal(
      'VALIDATION_FAILED',
    );
    expect((await apiError(admin.statistics.cases({ departmentId: 'x' as never }))).code).to.equal(
      'VALIDATION_FAILED',
    );
  });
});
