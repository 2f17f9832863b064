import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';
import { orSignDefinition, publish, uniqueKey } from '../support/sample-process';
import { newPerson } from './helpers/people';

describe('api > hall > figures, ratings, hot and my services (R4, R5, R29)', () => {
  let admin: FlowhallClient;
  let applicant: FlowhallClient;
  let other: FlowhallClient;
  let approver: { id: number; client: FlowhallClient };
  let token: string;
  const services: Record<'good' | 'poor', { key: string; definitionKey: string }> = {
    good: { key: '', definitionKey: '' },
    poor: { key: '', definitionKey: '' },
  };

  before(async () => {
    admin = await signedIn('admin');
    [applicant, other] = await Promise.all([signedIn('zhangsan'), signedIn('lisi')]);
    approver = await newPerson(admin, '评价审批人');
    token = uniqueKey('rated').replace(/-/g, '');
    for (const which of ['good', 'poor'] as const) {
      const definitionKey = await publish(admin, orSignDefinition(uniqueKey(`rate-${which}`), [approver.id]));
      const key = uniqueKey(`svc-${which}`);
      await admin.hall.createService({
        key,
        name: `评价测试${token}${which}`,
        definitionKey,
        audience: ['staff', 'undergraduate', 'postgraduate', 'other'],
        mode: 'online',
      });
      services[which] = { key, definitionKey };
    }
  });

  /** A case of `which` submitted by `who`, approved by the approver. */
  async function finishedCase(which: 'good' | 'poor', who = applicant): Promise<number> {
    const created = await who.cases.create({
      definitionKey: services[which].definitionKey,
      form: { reason: '评价' },
      submit: true,
    });
    const taskId = (await approver.client.cases.get(created.id)).myTasks[0]!.id;
    await approver.client.cases.act(taskId, { type: 'approve', opinion: '同意' });
    return created.id;
  }

  const card = async (which: 'good' | 'poor') =>
    (await applicant.hall.services({ q: `${token}${which}` })).items.find(
      (s) => s.key === services[which].key,
    );

  it('given submitted and finished cases, the hall-wide figures count services and cases by state (R4)', async () => {
    const before = await applicant.hall.figures();
    const running = await applicant.cases.create({
      definitionKey: services.good.definitionKey,
      form: { reason: '进行中' },
      submit: true,
    });
    const after = await applicant.hall.figures();
    expect(after.running).to.equal(before.running + 1);
    expect(after.total).to.equal(before.total + 1);
    expect(after.services).to.be.at.least(2);
    expect(after.onlineServices).to.be.at.least(2).and.at.most(after.services);
    await approver.client.cases.act((await approver.client.cases.get(running.id)).myTasks[0]!.id, {
      type: 'reject',
      opinion: '不同意',
    });
    const finished = await applicant.hall.figures();
    expect(finished.running).to.equal(before.running);
    expect(finished.completed).to.equal(before.completed + 1);
    expect((await apiError(newClient().hall.figures())).status).to.equal(401);
  });

  it('lets the applicant rate a finished case once; cards carry the average and count; sort=rating ranks by it', async () => {
    const first = await finishedCase('good');
    const view = await applicant.cases.get(first);
    expect(view.can.rate).to.equal(true);
    expect(view.rating).to.equal(null);

    const rating = await applicant.hall.rate(first, { stars: 4, comment: '办理很快' });
    expect(rating).to.include({ caseId: first, stars: 4, comment: '办理很快' });
    const again = await apiError(applicant.hall.rate(first, { stars: 5 }));
    expect(again).to.include({ status: 409, code: 'CASE_ALREADY_RATED' });
    const rated = await applicant.cases.get(first);
    expect(rated.can.rate).to.equal(false);
    expect(rated.rating).to.include({ stars: 4, comment: '办理很快' });

    await applicant.hall.rate(await finishedCase('good'), { stars: 5 });
    await applicant.hall.rate(await finishedCase('poor'), { stars: 2 });
    expect((await card('good'))?.rating).to.deep.equal({ average: 4.5, count: 2 });
    expect((await card('poor'))?.rating).to.deep.equal({ average: 2, count: 1 });
    expect((await applicant.hall.service(services.good.key)).rating).to.deep.equal({
      average: 4.5,
      count: 2,
    });

    const ranked = await applicant.hall.services({ q: token, sort: 'rating' });
    expect(ranked.items.map((s) => s.key)).to.deep.equal([services.good.key, services.poor.key]);
  });

  it('refuses ratings of unfinished cases (409), by anyone but the applicant (404), and bad stars (400)', async () => {
    const running = await applicant.cases.create({
      definitionKey: services.poor.definitionKey,
      form: { reason: '未办结' },
      submit: true,
    });
    expect(await apiError(applicant.hall.rate(running.id, { stars: 3 }))).to.include({
      status: 409,
      code: 'CASE_NOT_FINISHED',
    });
    const finished = await finishedCase('poor');
    expect(await apiError(other.hall.rate(finished, { stars: 1 }))).to.include({
      status: 404,
      code: 'CASE_NOT_FOUND',
    });
    expect((await apiError(approver.client.hall.rate(finished, { stars: 1 }))).status).to.equal(404);
    expect((await apiError(newClient().hall.rate(finished, { stars: 1 }))).status).to.equal(401);
    const bad = await apiError(applicant.request('POST', `/api/cases/${finished}/rating`, { stars: 6 }));
    expect(bad).to.include({ status: 400, code: 'VALIDATION_FAILED' });
    const fraction = await apiError(
      applicant.request('POST', `/api/cases/${finished}/rating`, { stars: 2.5 }),
    );
    expect(fraction.status).to.equal(400);
  });

  it('counts submitted cases per service for "hot" (R5), and sort=hot ranks by it', async () => {
    const good = (await card('good'))!.handled;
    const poor = (await card('poor'))!.handled;
    await applicant.cases.create({
      definitionKey: services.good.definitionKey,
      form: { reason: '热门' },
      submit: true,
    });
    expect((await card('good'))!.handled).to.equal(good + 1);
    expect(good + 1).to.be.greaterThan(poor);
    await other.cases.create({ definitionKey: services.poor.definitionKey, form: { reason: '草稿不算' } });
    expect((await card('poor'))!.handled).to.equal(poor);
    const hot = await applicant.hall.services({ q: token, sort: 'hot' });
    expect(hot.items.map((s) => s.key)).to.deep.equal([services.good.key, services.poor.key]);
  });

  it('lists the services I used, last used or most used first, with my case counts', async () => {
    await finishedCase('poor', other);
    const mine = await other.hall.recent();
    expect(mine.items[0]?.key).to.equal(services.poor.key);
    const most = await applicant.hall.recent({ sort: 'most' });
    const keys = most.items.map((s) => s.key);
    expect(keys.indexOf(services.good.key)).to.be.lessThan(keys.indexOf(services.poor.key));
    const good = most.items.find((s) => s.key === services.good.key)!;
    expect(good.myCases).to.be.at.least(3);
    expect(Date.parse(good.lastUsedAt)).to.be.greaterThan(Date.now() - 600_000);
    expect((await apiError(applicant.request('GET', '/api/hall/recent?sort=oldest'))).status).to.equal(400);
  });

  it('serves pinned and favourite services as filters (R5)', async () => {
    await admin.hall.updateService(services.poor.key, { pinned: true });
    await applicant.hall.setFavourite(services.good.key, true);
    const pinned = await applicant.hall.services({ q: token, pinnedOnly: true });
    expect(pinned.items.map((s) => s.key)).to.deep.equal([services.poor.key]);
    const favourites = await applicant.hall.services({ q: token, favouritesOnly: true });
    expect(favourites.items.map((s) => s.key)).to.deep.equal([services.good.key]);
  });
});
