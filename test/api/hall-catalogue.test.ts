import type { FlowhallClient, ServiceInput } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';

const run = Date.now().toString(36);
let counter = 0;
const uniqueKey = (prefix: string) => `${prefix}-${run}-${++counter}`;

async function create(admin: FlowhallClient, input: ServiceInput & { name: string }, key = uniqueKey('svc')) {
  return admin.hall.createService({ key, ...input });
}

describe('api > hall > catalogue administration', () => {
  it('given an administrator, when they create a service with its guide, then its page shows everything (R3)', async () => {
    const admin = await signedIn('admin');
    const department = (await (await signedIn('zhangsan')).auth.me()).department;
    const key = uniqueKey('visa');
    const created = await admin.hall.createService({
      key,
      name: '因公出国（境）审批',
      nameEn: 'Official travel abroad',
      summary: '教职工因公出国（境）申请',
      category: '外事',
      theme: '出行',
      departmentId: department!.id,
      audience: ['staff', 'postgraduate'],
      mode: 'offline',
      guide: '## 办理条件\n在职教职工',
      guideEn: 'Staff in post',
      offlineLocation: '行政楼 201',
      contact: '8888-1234',
      definitionKey: 'travel-abroad',
    });
    expect(created).to.include({
      key,
      name: '因公出国（境）审批',
      mode: 'offline',
      status: 'published',
      pinned: false,
      guide: '## 办理条件\n在职教职工',
      offlineLocation: '行政楼 201',
      definitionKey: 'travel-abroad',
      favourite: false,
    });
    expect(created.department).to.deep.equal({ id: department!.id, name: department!.name });
    expect(created.audience).to.deep.equal(['staff', 'postgraduate']);
    const page = await (await signedIn('zhangsan')).hall.service(key);
    expect(page).to.include({ contact: '8888-1234', guideEn: 'Staff in post', visits: 1 });
    expect(page.attachments).to.deep.equal([]);
  });

  it('lets office administrators edit: pin, order, hide; the key never changes', async () => {
    const officeAdmin = await signedIn('zhaozr');
    const created = await create(officeAdmin, { name: '会议室预约', audience: ['staff'] });
    const pinned = await officeAdmin.hall.updateService(created.key, {
      pinned: true,
      sortOrder: -5,
      summary: null,
    });
    expect(pinned).to.include({ pinned: true, sortOrder: -5, summary: null, key: created.key });
    const hidden = await officeAdmin.hall.updateService(created.key, { status: 'hidden' });
    expect(hidden.status).to.equal('hidden');
    const err = await apiError(
      officeAdmin.request('PATCH', `/api/hall/services/${created.key}`, { key: 'other-key' }),
    );
    expect([err.status, err.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    expect(
      (await apiError(officeAdmin.hall.updateService(uniqueKey('nothing'), { pinned: true }))).code,
    ).to.equal('SERVICE_NOT_FOUND');
  });

  it('refuses bad keys (SERVICE_KEY_INVALID), taken keys (SERVICE_KEY_TAKEN) and bad fields', async () => {
    const admin = await signedIn('admin');
    for (const key of ['Bad_Key', 'x', '1abc', 'a'.repeat(65), 'has space']) {
      const err = await apiError(admin.hall.createService({ key, name: '坏标识' }));
      expect([err.status, err.code], key).to.deep.equal([400, 'SERVICE_KEY_INVALID']);
    }
    const taken = await create(admin, { name: '一次' });
    const err = await apiError(admin.hall.createService({ key: taken.key, name: '两次' }));
    expect([err.status, err.code]).to.deep.equal([409, 'SERVICE_KEY_TAKEN']);
    const bad = await apiError(
      admin.request('POST', '/api/hall/services', {
        key: uniqueKey('bad'),
        name: '',
        audience: ['teachers'],
        mode: 'fax',
        status: 'draft',
        departmentId: 99999999,
        sortOrder: 1.5,
        colour: 'red',
      }),
    );
    expect([bad.status, bad.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    expect((bad.details as Array<{ path: string }>).map((d) => d.path)).to.have.members([
      'name',
      'audience',
      'mode',
      'status',
      'sortOrder',
      'colour',
    ]);
    const unknownDepartment = await apiError(create(admin, { name: '无部门', departmentId: 99999999 }));
    expect((unknownDepartment.details as Array<{ path: string }>).map((d) => d.path)).to.deep.equal([
      'departmentId',
    ]);
    const proto = await apiError(
      admin.request('POST', '/api/hall/services', { key: uniqueKey('p'), name: 'x', constructor: { a: 1 } }),
    );
    expect(proto.code).to.equal('VALIDATION_FAILED');
  });

  it('lets only administrators create or edit (401 anonymous, 403 others)', async () => {
    const input = { key: uniqueKey('nope'), name: '不行' };
    expect((await apiError(newClient().hall.createService(input))).code).to.equal('UNAUTHENTICATED');
    const user = await signedIn('zhangsan');
    expect((await apiError(user.hall.createService(input))).code).to.equal('FORBIDDEN');
    const existing = (await user.hall.services({ limit: 1 })).items[0];
    if (existing)
      expect((await apiError(user.hall.updateService(existing.key, { pinned: true }))).status).to.equal(403);
    expect((await apiError(newClient().hall.categories())).status).to.equal(401);
    expect((await apiError(newClient().hall.service('any-key'))).status).to.equal(401);
  });
});

describe('api > hall > browsing the catalogue', () => {
  const category = `cat-${run}`;
  let keys: { staff: string; students: string; hidden: string; pinned: string };

  before(async () => {
    const admin = await signedIn('admin');
    const department = (await (await signedIn('zhangsan')).auth.me()).department!;
    keys = {
      staff: (
        await create(admin, {
          name: `教师事项 ${run}`,
          category,
          theme: 'T1',
          audience: ['staff'],
          mode: 'online',
          departmentId: department.id,
        })
      ).key,
      students: (
        await create(admin, {
          name: `学生事项 ${run}`,
          category,
          theme: 'T2',
          audience: ['undergraduate', 'postgraduate'],
          mode: 'offline',
        })
      ).key,
      hidden: (
        await create(admin, {
          name: `隐藏事项 ${run}`,
          category,
          theme: 'T1',
          audience: ['staff', 'undergraduate'],
          status: 'hidden',
        })
      ).key,
      pinned: (
        await create(admin, {
          name: `置顶事项 ${run}`,
          category,
          theme: 'T1',
          audience: ['staff'],
          pinned: true,
          sortOrder: 3,
          mode: 'self-service',
        })
      ).key,
    };
  });

  it('shows each person only the published services for their identity (R6); admins see all, hidden on request', async () => {
    const inCategory = async (client: FlowhallClient, extra = {}) =>
      (await client.hall.services({ category, ...extra })).items.map((s) => s.key);
    expect(await inCategory(await signedIn('zhangsan'))).to.have.members([keys.staff, keys.pinned]);
    expect(await inCategory(await signedIn('lisi'))).to.deep.equal([keys.students]);
    const admin = await signedIn('admin');
    expect(await inCategory(admin)).to.have.members([keys.staff, keys.students, keys.pinned]);
    expect(await inCategory(admin, { includeHidden: true })).to.have.members(Object.values(keys));
    // Asking for hidden ones is an administrator's option; others simply do not get them.
    expect(await inCategory(await signedIn('zhangsan'), { includeHidden: true })).to.not.include(keys.hidden);
    const lisi = await signedIn('lisi');
    expect((await apiError(lisi.hall.service(keys.staff))).code).to.equal('SERVICE_NOT_FOUND');
    expect((await apiError(lisi.hall.service(keys.hidden))).status).to.equal(404);
    expect((await admin.hall.service(keys.hidden)).status).to.equal('hidden');
  });

  it('filters by theme, department, mode, audience, online only, pinned and text; sorts pinned first by default', async () => {
    const admin = await signedIn('admin');
    const department = (await (await signedIn('zhangsan')).auth.me()).department!;
    const find = async (query: Record<string, unknown>) =>
      (await admin.hall.services({ category, ...query })).items.map((s) => s.key);
    expect(await find({})).to.deep.equal([keys.pinned, keys.staff, keys.students]);
    expect(await find({ theme: 'T2' })).to.deep.equal([keys.students]);
    expect(await find({ departmentId: department.id })).to.deep.equal([keys.staff]);
    expect(await find({ mode: 'self-service' })).to.deep.equal([keys.pinned]);
    expect(await find({ onlineOnly: true })).to.deep.equal([keys.staff]);
    expect(await find({ audience: 'postgraduate' })).to.deep.equal([keys.students]);
    expect(await find({ pinnedOnly: true })).to.deep.equal([keys.pinned]);
    expect(await find({ q: `学生事项 ${run}` })).to.deep.equal([keys.students]);
    expect(await find({ q: '100%' })).to.deep.equal([]);
    const page = await admin.hall.services({ category, limit: 2, offset: 2 });
    expect([page.total, page.items.map((s) => s.key)]).to.deep.equal([3, [keys.students]]);
  });

  it('counts every visit of a page, also when many arrive at once, and sorts by visits', async () => {
    const zhangsan = await signedIn('zhangsan');
    const before = (await zhangsan.hall.service(keys.staff)).visits;
    await Promise.all(Array.from({ length: 8 }, () => zhangsan.hall.service(keys.staff)));
    expect((await zhangsan.hall.service(keys.staff)).visits).to.equal(before + 9);
    const byVisits = (await zhangsan.hall.services({ category, sort: 'visits' })).items.map((s) => s.key);
    expect(byVisits[0]).to.equal(keys.staff);
    const hot = await zhangsan.hall.services({ category, sort: 'hot' });
    expect(hot.items.map((s) => s.handled)).to.deep.equal([0, 0]);
  });

  it('keeps favourites per person; marking twice or unmarking twice is harmless', async () => {
    const zhangsan = await signedIn('zhangsan');
    await zhangsan.hall.setFavourite(keys.pinned, true);
    expect(await zhangsan.hall.setFavourite(keys.pinned, true)).to.deep.equal({
      key: keys.pinned,
      favourite: true,
    });
    const mine = await zhangsan.hall.services({ favouritesOnly: true, category });
    expect(mine.items.map((s) => [s.key, s.favourite])).to.deep.equal([[keys.pinned, true]]);
    expect((await zhangsan.hall.service(keys.pinned)).favourite).to.equal(true);
    // Someone else's list is their own.
    expect(
      (await (await signedIn('admin')).hall.services({ favouritesOnly: true, category })).items,
    ).to.deep.equal([]);
    await zhangsan.hall.setFavourite(keys.pinned, false);
    expect(await zhangsan.hall.setFavourite(keys.pinned, false)).to.deep.equal({
      key: keys.pinned,
      favourite: false,
    });
    expect((await zhangsan.hall.services({ favouritesOnly: true, category })).total).to.equal(0);
    expect((await apiError((await signedIn('lisi')).hall.setFavourite(keys.staff, true))).code).to.equal(
      'SERVICE_NOT_FOUND',
    );
    expect((await apiError(newClient().hall.setFavourite(keys.staff, true))).status).to.equal(401);
  });

  it('groups the visible services by department, theme and category with counts (R1)', async () => {
    const zhangsan = await (await signedIn('zhangsan')).hall.categories();
    expect(zhangsan.byCategory).to.deep.include({ category, count: 2 });
    expect(zhangsan.byTheme.find((t) => t.theme === 'T2')).to.equal(undefined);
    const department = (await (await signedIn('zhangsan')).auth.me()).department!;
    expect(zhangsan.byDepartment.find((d) => d.departmentId === department.id)).to.include({
      name: department.name,
    });
    expect(zhangsan.total).to.equal(zhangsan.byCategory.reduce((n, c) => n + c.count, 0));
    const lisi = await (await signedIn('lisi')).hall.categories();
    expect(lisi.byCategory).to.deep.include({ category, count: 1 });
  });

  it('answers bad filters with 400 VALIDATION_FAILED naming each', async () => {
    const err = await apiError(
      (await signedIn('zhangsan')).request(
        'GET',
        '/api/hall/services?sort=sideways&mode=fax&audience=aliens&departmentId=x&limit=101',
      ),
    );
    expect([err.status, err.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    expect((err.details as Array<{ path: string }>).map((d) => d.path)).to.have.members([
      'sort',
      'mode',
      'audience',
      'departmentId',
      'limit',
    ]);
  });
});
