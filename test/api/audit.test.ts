import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';

describe('api > audit', () => {
  it('lets only platform administrators verify or checkpoint the log (401 anonymous, 403 others)', async () => {
    expect((await apiError(newClient().audit.verify())).code).to.equal('UNAUTHENTICATED');
    for (const username of ['zhangsan', 'zhaozr']) {
      const client = await signedIn(username);
      expect((await apiError(client.audit.verify())).code, username).to.equal('FORBIDDEN');
      expect((await apiError(client.audit.checkpoint())).code, username).to.equal('FORBIDDEN');
    }
  });

  it('records sign-ins and hall edits, and the chains verify intact', async () => {
    const admin = await signedIn('admin');
    const before = await admin.audit.verify();
    await signedIn('zhangsan');
    const key = `audited-${Date.now().toString(36)}`;
    await admin.hall.createService({ key, name: '审计事项' });
    await admin.hall.updateService(key, { pinned: true });
    const after = await admin.audit.verify();
    expect(after.ok).to.equal(true);
    expect(after.firstBroken).to.equal(undefined);
    expect(after.entries).to.be.at.least(before.entries + 3);
    expect(after.streams).to.be.at.least(2);
  });

  it('keeps one chain intact when many people sign in at once', async () => {
    await Promise.all(['zhangsan', 'lisi', 'wangke', 'liyuan', 'sunbs', 'zhaozr'].map((u) => signedIn(u)));
    const report = await (await signedIn('admin')).audit.verify();
    expect(report.ok).to.equal(true);
  });

  it('checkpoints every chain head; the checkpoint verifies, also after later entries', async () => {
    const admin = await signedIn('admin');
    const checkpoint = await admin.audit.checkpoint();
    expect(checkpoint.streamCount).to.be.at.least(1);
    expect(checkpoint.headsHash).to.match(/^[0-9a-f]{64}$/);
    await signedIn('zhangsan');
    const report = await admin.audit.verify();
    expect(report.ok).to.equal(true);
    expect(report.checkpoint).to.deep.equal({ id: checkpoint.id, at: checkpoint.at, ok: true });
  });
});
