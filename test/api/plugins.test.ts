import { expect } from 'chai';
import { queryTestDatabase, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';

describe('api > plugins > a third-party plugin through the public API', () => {
  it('installs its process as a published version and lists it in the hall', async () => {
    const staff = await signedIn('zhangsan');
    const hall = await staff.hall.services({ q: '请假' });
    expect(hall.items.map((s) => s.key)).to.include('leave-request');
    const start = await staff.cases.process('leave-request');
    expect(start).to.include({ key: 'leave-request', version: 1, name: '请假申请' });
    const admin = await signedIn('admin');
    const detail = await admin.definitions.get('leave-request');
    expect(detail).to.include({ source: 'flowhall-plugin-leave-fixture', latestVersion: 1 });
  });

  it('lists a baseline the plugin recommends as pinned (推荐服务), and the others not', async () => {
    const staff = await signedIn('zhangsan');
    const pinned = (key: string) => staff.hall.service(key).then((service) => service.pinned);
    // The seal plugin recommends seal use and the introduction letter; the leave fixture says nothing.
    expect(await pinned('seal-use')).to.equal(true);
    expect(await pinned('intro-letter')).to.equal(true);
    expect(await pinned('seal-engraving')).to.equal(false);
    expect(await pinned('leave-request')).to.equal(false);
  });

  it("runs the plugin's form rule on submit, refusing with its own code", async () => {
    const staff = await signedIn('zhangsan');
    const err = await apiError(
      staff.cases.create({
        definitionKey: 'leave-request',
        form: { days: 1.3, reason: '事假' },
        submit: true,
      }),
    );
    expect(err.status).to.equal(422);
    expect((err.details as Array<{ code: string; path: string }>)[0]).to.include({
      code: 'HALF_DAYS_ONLY',
      path: 'days',
    });
  });

  it("writes the plugin's register in the same transaction when the case is approved", async () => {
    const staff = await signedIn('zhangsan');
    const head = await signedIn('liyuan');
    const created = await staff.cases.create({
      definitionKey: 'leave-request',
      form: { days: 1.5, reason: '病假' },
      submit: true,
    });
    const before = await queryTestDatabase<{ days: number }>(
      'SELECT days FROM leave_register WHERE case_id = :id',
      { id: created.id },
    );
    expect(before).to.deep.equal([]);
    const view = await head.cases.get(created.id);
    await head.cases.act(view.myTasks[0]!.id, { type: 'approve', opinion: '同意。' });
    const after = await queryTestDatabase<{ days: number }>(
      'SELECT days FROM leave_register WHERE case_id = :id',
      { id: created.id },
    );
    expect(after.map((r) => Number(r.days))).to.deep.equal([1.5]);
  });
});
