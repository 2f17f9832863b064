import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { connect, createMigrator, migrate } from '../src/db/connect';
import { seedDemoData } from '../src/db/demo-seed';
import { migrations } from '../src/db/migrations';
import { defineModels } from '../src/db/models';

describe('server > database > migrations and demo data', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'flowhall-migrate-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates an empty SQLite database up, and down again to nothing', async () => {
    const { sequelize } = await connect({ dataDir: dir, databaseUrl: undefined });
    try {
      const applied = await migrate(sequelize);
      expect(applied).to.deep.equal(migrations.map((m) => m.name));
      expect(applied[0]).to.equal('0001-organisation');
      expect(await migrate(sequelize)).to.deep.equal([]);
      await createMigrator(sequelize).down({ to: 0 });
      const tables = (await sequelize.getQueryInterface().showAllTables()).filter(
        (t) => t !== 'schema_migrations',
      );
      expect(tables).to.deep.equal([]);
    } finally {
      await sequelize.close();
    }
  });

  it('seeds the demo university once, with heads and leaders in charge wired up', async () => {
    const { sequelize } = await connect({ dataDir: dir, databaseUrl: undefined });
    try {
      await migrate(sequelize);
      const models = defineModels(sequelize);
      expect(await seedDemoData(sequelize, models)).to.equal(true);
      expect(await seedDemoData(sequelize, models)).to.equal(false);
      const cs = await models.Department.findOne({ where: { code: 'cs-school' } });
      const head = await models.User.findByPk(cs?.headUserId ?? -1);
      const leader = await models.User.findByPk(cs?.leaderInChargeUserId ?? -1);
      expect(head?.username).to.equal('liyuan');
      expect(leader?.username).to.equal('zhoufx');
      expect(await models.Department.count()).to.equal(10);
    } finally {
      await sequelize.close();
    }
  });
});
