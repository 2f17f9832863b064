import { expect } from 'chai';
import { signedIn } from '../support/api-hooks';
import { publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

describe('api > scenario > one seal check from draft to audit, only through @flowhall/client', () => {
  it('drafts, uploads, submits, is returned, resubmits, is approved with a common opinion and forwarded, gets final approval, and verifies', async () => {
    const admin = await signedIn('admin');
    const [applicant, head, leader, custodian] = await Promise.all(
      ['zhangsan', 'liyuan', 'zhoufx', 'qianyg'].map((u) => signedIn(u)),
    );
    const key = await publish(admin, sealCheckDefinition(uniqueKey('scenario')));

    // Given a draft with an uploaded scan of the pages to stamp
    const draft = await applicant.cases.create({ definitionKey: key, form: { bizType: '科研类' } });
    const [scan] = await applicant.files.upload([{ blob: new Blob([PNG]), name: '合同第2页.png' }]);
    await applicant.cases.saveDraft(draft.id, {
      bizType: '科研类',
      reason: '科研合同用印',
      majorMatter: false,
      copies: 2,
      attachments: [scan!.id],
    });

    // When it is submitted, then it has a serial number and the head can open the scan
    const submitted = await applicant.cases.submit(draft.id);
    expect(submitted.serialNo).to.be.a('string');
    await head.request('GET', `/api/files/${scan!.id}`, undefined, { binary: true });

    // When the head returns it and the applicant corrects and resubmits
    const first = (await head.cases.get(draft.id)).myTasks[0]!;
    await head.cases.act(first.id, { type: 'return', opinion: '请写明材料页码', to: 'applicant' });
    expect((await applicant.cases.get(draft.id)).status).to.equal('returned');
    await applicant.cases.resubmit(draft.id, { reason: '科研合同用印，第1项材料第2、3页' });

    // Then the head approves with one of the stock common opinions and forwards to the leader in charge
    const stock = (await head.opinions.list()).items.find((o) => !o.own)!;
    const leaderId = (await leader.auth.me()).id;
    const second = (await head.cases.get(draft.id)).myTasks[0]!;
    await head.cases.act(second.id, {
      type: 'forward',
      to: [leaderId],
      opinion: stock.text,
      formPatch: { headOpinion: stock.text },
    });

    // And the leader gives final approval, and the custodian stamps
    await leader.cases.act((await leader.cases.get(draft.id)).myTasks[0]!.id, {
      type: 'finalApprove',
      opinion: '同意。',
    });
    const stamping = (await custodian.cases.get(draft.id)).myTasks[0]!;
    const done = await custodian.cases.act(stamping.id, {
      type: 'complete',
      formPatch: { stampedCopies: 2 },
    });
    expect(done.status).to.equal('approved');

    // Then the trace tells the whole story, with the common opinion, and the audit chain verifies
    const trace = (await applicant.cases.trace(draft.id)).items;
    expect(trace.map((t) => t.action)).to.deep.equal([
      'create',
      'submit',
      'return',
      'resubmit',
      'forward',
      'finalApprove',
      'complete',
      'approved',
    ]);
    expect(trace.find((t) => t.action === 'forward')).to.deep.include({
      opinion: stock.text,
      actorLabel: '李院长',
    });
    const audit = await admin.audit.verify();
    expect(audit.ok).to.equal(true);
    expect(audit.firstBroken).to.equal(undefined);
  });
});
