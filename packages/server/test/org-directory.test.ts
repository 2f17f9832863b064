import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Sequelize } from 'sequelize';
import { connect, migrate } from '../src/db/connect';
import type { Database } from '../src/db/database';
import { seedDemoData } from '../src/db/demo-seed';
import { defineModels, Models } from '../src/db/models';
import { DelegationService } from '../src/org/delegation-service';
import { OrgDirectoryService } from '../src/org/org-directory-service';

describe('server > org > directory and delegation queries (SQLite, demo data)', () => {
  let dir: string;
  let sequelize: Sequelize;
  let models: Models;
  let directory: OrgDirectoryService;
  let delegations: DelegationService;
  const idOf = async (username: string): Promise<number> =>
    (await models.User.findOne({ where: { username } }))?.id ?? -1;
  const deptOf = async (code: string): Promise<number> =>
    (await models.Department.findOne({ where: { code } }))?.id ?? -1;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'flowhall-orgdir-'));
    ({ sequelize } = await connect({ dataDir: dir, databaseUrl: undefined }));
    await migrate(sequelize);
    models = defineModels(sequelize);
    await seedDemoData(sequelize, models);
    const db = { sequelize, models, dialect: 'sqlite' } as unknown as Database;
    directory = Object.assign(new OrgDirectoryService(), { db });
    delegations = Object.assign(new DelegationService(), { db });
  });
  after(async () => {
    await sequelize.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the head of a department and of the departments above it', async () => {
    const csGeneral = await deptOf('cs-general');
    expect(await directory.headOf(csGeneral, 0)).to.equal(await idOf('wangke'));
    expect(await directory.headOf(csGeneral, 1)).to.equal(await idOf('liyuan'));
    expect(await directory.headOf(csGeneral, 2)).to.equal(await idOf('chensj'));
    expect(await directory.headOf(csGeneral, 3)).to.equal(undefined);
    expect(await directory.headOf(999999, 0)).to.equal(undefined);
  });

  it("finds leaders in charge, role holders and a user's department", async () => {
    expect(await directory.leaderInChargeOf(await deptOf('cs-school'))).to.equal(await idOf('zhoufx'));
    expect(await directory.holdersOf('seal-custodian', null)).to.deep.equal([await idOf('qianyg')]);
    const cs = await deptOf('cs-school');
    expect(await directory.holdersOf('section-head', cs)).to.deep.equal([await idOf('wangke')]);
    expect(await directory.holdersOf('section-head', await deptOf('legal'))).to.deep.equal([]);
    expect(await directory.departmentOf(await idOf('zhangsan'))).to.equal(cs);
  });

  it('treats deactivated people as nobody', async () => {
    const wangke = await idOf('wangke');
    await models.User.update({ active: false }, { where: { id: wangke } });
    try {
      expect(await directory.headOf(await deptOf('cs-general'), 0)).to.equal(undefined);
      expect(await directory.holdersOf('section-head', null)).to.deep.equal([]);
      expect(await directory.departmentOf(wangke)).to.equal(undefined);
    } finally {
      await models.User.update({ active: true }, { where: { id: wangke } });
    }
  });

  it('names the active delegate at a moment: start inclusive, end exclusive', async () => {
    const zhangsan = await idOf('zhangsan');
    const lisi = await idOf('lisi');
    const startsAt = new Date('2031-05-01T00:00:00Z');
    const endsAt = new Date('2031-05-08T00:00:00Z');
    await models.Delegation.create({
      userId: zhangsan,
      delegateUserId: lisi,
      startsAt,
      endsAt,
      reason: null,
    });
    expect(await delegations.activeDelegate(zhangsan, startsAt)).to.equal(lisi);
    expect(await delegations.activeDelegate(zhangsan, new Date('2031-05-07T23:59:59Z'))).to.equal(lisi);
    expect(await delegations.activeDelegate(zhangsan, endsAt)).to.equal(undefined);
    expect(await delegations.activeDelegate(zhangsan, new Date('2031-04-30T23:59:59Z'))).to.equal(undefined);
    expect(await delegations.activeDelegate(lisi, startsAt)).to.equal(undefined);
  });
});
