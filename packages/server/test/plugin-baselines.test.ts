import type { ProcessDefinition } from '@flowhall/schema';
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Sequelize } from 'sequelize';
import { connect, migrate } from '../src/db/connect';
import type { Database } from '../src/db/database';
import { seedDemoData } from '../src/db/demo-seed';
import { defineModels, Models } from '../src/db/models';
import { DefinitionService } from '../src/definitions/definition-service';
import type { FlowhallPlugin } from '../src/plugins/plugin-api';
import { PluginManager } from '../src/plugins/plugin-manager';

function process(version: number, name: string): ProcessDefinition {
  return {
    key: 'trip',
    version,
    name,
    form: { type: 'object', properties: { reason: { type: 'string' } } },
    flow: {
      nodes: [
        { id: 'start', type: 'start', properties: { name: '提交' } },
        { id: 'head', type: 'approval', properties: { name: '审批', assignees: [{ type: 'deptHead' }] } },
        { id: 'end', type: 'end', properties: {} },
      ],
      edges: [
        { id: 'e1', sourceNodeId: 'start', targetNodeId: 'head' },
        { id: 'e2', sourceNodeId: 'head', targetNodeId: 'end' },
      ],
    },
  } as ProcessDefinition;
}

const pluginWith = (definition: ProcessDefinition, install?: FlowhallPlugin['install']): FlowhallPlugin => ({
  name: 'trip-plugin',
  version: String(definition.version),
  setup: (setup) => setup.registerProcess({ definition, hall: { summary: '出差', mode: 'online' } }),
  ...(install ? { install } : {}),
});

describe('server > plugins > baselines', () => {
  let dir: string;
  let sequelize: Sequelize;
  let db: Database;
  let adminId: number;

  const manager = (): PluginManager => {
    const m = new PluginManager();
    Object.assign(m, { db, settings: { plugins: [] }, logger: { info: () => undefined } });
    return m;
  };
  const definitions = (): DefinitionService => Object.assign(new DefinitionService(), { db });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'flowhall-plugins-'));
    ({ sequelize } = await connect({ dataDir: dir, databaseUrl: undefined }));
    await migrate(sequelize);
    const models: Models = defineModels(sequelize);
    db = {
      sequelize,
      models,
      dialect: 'sqlite',
      transaction: (work) => sequelize.transaction(work),
    } as Database;
    await seedDemoData(sequelize, models);
    adminId = (await models.User.findOne({ where: { username: 'admin' } }))!.id;
  });
  afterEach(async () => {
    await sequelize.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a first start, installs the baseline as published version 1 and lists it in the hall', async () => {
    await manager().start([pluginWith(process(1, '出差审批'))]);
    const detail = await definitions().detail('trip');
    expect(detail).to.include({
      latestVersion: 1,
      source: 'trip-plugin',
      baselineVersion: 1,
      hasDraft: false,
    });
    expect((await db.models.HallService.findOne({ where: { key: 'trip' } }))?.summary).to.equal('出差');
  });

  it('given administrators edited the process, a newer baseline is only offered, and adopt puts it in the draft', async () => {
    await manager().start([pluginWith(process(1, '出差审批'))]);
    // An administrator's edit: version 2 published locally.
    await db.models.DefinitionVersion.create({
      definitionKey: 'trip',
      version: 2,
      body: JSON.stringify({ ...process(1, '我们的出差审批'), version: 2 }),
      changeNote: 'local edit',
      publishedBy: null,
      publishedAt: new Date(),
    });
    await db.models.Definition.update({ latestVersion: 2 }, { where: { key: 'trip' } });

    await manager().start([pluginWith(process(2, '出差审批（插件新版）'))]);
    const service = definitions();
    expect((await service.latest('trip')).name).to.equal('我们的出差审批');
    expect((await service.detail('trip')).offeredBaselineVersion).to.equal(2);

    const adopted = await service.decideBaseline('trip', 'adopt', adminId);
    expect(adopted.draft?.name).to.equal('出差审批（插件新版）');
    expect(adopted).to.include({ baselineVersion: 2, offeredBaselineVersion: null, latestVersion: 2 });
  });

  it('keep dismisses the offer and leaves the administrators version as it is', async () => {
    await manager().start([pluginWith(process(1, 'v1'))]);
    await manager().start([pluginWith(process(3, 'v3'))]);
    const kept = await definitions().decideBaseline('trip', 'keep', adminId);
    expect(kept).to.include({ baselineVersion: 3, offeredBaselineVersion: null, hasDraft: false });
    await manager().start([pluginWith(process(3, 'v3'))]);
    expect((await definitions().detail('trip')).offeredBaselineVersion).to.equal(null);
  });

  it('refuses to start with two plugins registering the same process, or a missing dependency', async () => {
    let error: unknown;
    try {
      await manager().start([
        pluginWith(process(1, 'a')),
        { ...pluginWith(process(1, 'b')), name: 'other', dependsOn: ['ghost'] },
      ]);
    } catch (err) {
      error = err;
    }
    expect(String(error))
      .to.match(/already registered by trip-plugin/)
      .and.match(/depends on ghost/);
  });

  it('runs install in a transaction: a failing install leaves nothing behind', async () => {
    let error: unknown;
    try {
      await manager().start([
        pluginWith(process(1, 'x'), async (context) => {
          await context.ensureRole('trip-checker', '出差审核人');
          throw new Error('seed failed');
        }),
      ]);
    } catch (err) {
      error = err;
    }
    expect(String(error)).to.contain('seed failed');
    expect(await db.models.Role.findOne({ where: { key: 'trip-checker' } })).to.equal(null);
  });
});
