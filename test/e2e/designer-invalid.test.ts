import { expect } from 'chai';
import { join } from 'path';
import { ApiError } from '@flowhall/client';
import { ARTIFACTS, DESKTOP, signIn, startApp, TestApp } from './support/app';
import { apiUser } from './designer-support';

describe('e2e > designers > a flow with an unreachable step cannot be published', () => {
  let app: TestApp;

  before(async function () {
    this.timeout(180_000);
    app = await startApp();
  });

  after(async () => {
    await app?.stop();
  });

  it('Given a copy of seal-use, When the admin adds a step nothing leads to, Then the canvas marks it and publishing is refused', async function () {
    this.timeout(180_000);
    const admin = await apiUser(app, 'admin');
    // Given a new process made by copying seal-use
    await admin.client.definitions.create({
      key: 'seal-use-copy',
      name: '用印审批（副本）',
      copyFrom: 'seal-use',
    });

    const { page, context, errors } = await signIn(app, 'admin', DESKTOP);
    await page.goto(`${app.server.url}/admin/definitions`);
    await page.click('tr[data-row-key="seal-use-copy"] >> text=用印审批（副本）');
    await page.waitForSelector('[data-testid="form-canvas"]');
    await page.click('.ant-tabs-tab >> text=流程');
    await page.waitForSelector('[data-testid="flow-toolbar"] >> text=校验通过');

    // When a step is added with nothing leading to it
    await page.click('[data-testid="flow-canvas"]', { position: { x: 20, y: 20 } });
    await page.click('[data-node-type="approval"]');
    await page.fill('[aria-label="环节名称"]', '孤立环节');

    // Then the panel says why, the node is outlined and the toolbar counts the problems
    const problem = await page.waitForSelector('[data-testid="node-problem"] >> text=从开始节点无法到达');
    expect(await problem.textContent()).to.contain('孤立环节');
    await page.waitForSelector('[data-testid="flow-toolbar"] >> text=待修正问题');
    const outlined = await page.$$eval(
      '[data-testid="flow-canvas"] .lf-node path, [data-testid="flow-canvas"] .lf-node rect',
      (shapes) => shapes.filter((s) => s.getAttribute('stroke') === '#ff4d4f').length,
    );
    expect(outlined, 'the new step is outlined red').to.be.greaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'designer-flow-unreachable-desktop.png') });

    // ... the publish dialog refuses
    await page.click('[data-testid="publish"]');
    await page.waitForSelector('.ant-modal >> text=请先修正流程中的问题再发布');
    expect(await page.isDisabled('[data-testid="confirm-publish"]')).to.equal(true);
    await page.click('.ant-modal-footer button >> nth=0');
    await page.waitForSelector('.ant-modal', { state: 'hidden' });

    // ... and so does the server, once the draft is saved
    await page.click('text=保存草稿');
    await page.waitForSelector('text=草稿已保存');
    const refused = await admin.client.definitions.publish('seal-use-copy', 'should fail').then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).to.be.instanceOf(ApiError);
    expect((refused as ApiError).code).to.equal('DEFINITION_INVALID');
    expect(JSON.stringify((refused as ApiError).details)).to.contain('UNREACHABLE_NODE');
    expect(errors).to.deep.equal([]);
    await context.close();
  });
});
