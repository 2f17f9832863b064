import { expect } from 'chai';
import { join } from 'path';
import { ApiError } from '@flowhall/client';
import type { ApprovalNode, FormFieldSchema, ProcessDefinition } from '@flowhall/schema';
import { collectFieldNames } from '@flowhall/schema';
import { ARTIFACTS, DESKTOP, signIn, startApp, TestApp } from './support/app';
import { item } from './apply-support';
import { apiUser, goToStep, pick, sealUseApplication } from './designer-support';

/** The field schema named `key` anywhere in the form. */
function findField(form: ProcessDefinition['form'], key: string): FormFieldSchema | undefined {
  const walk = (props: Record<string, FormFieldSchema> | undefined): FormFieldSchema | undefined => {
    for (const [k, v] of Object.entries(props ?? {})) {
      if (k === key) return v;
      const inner = walk(v.properties);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(form.properties);
}

describe('e2e > designers > an administrator changes seal-use and publishes it', () => {
  let app: TestApp;

  before(async function () {
    this.timeout(180_000);
    app = await startApp();
  });

  after(async () => {
    await app?.stop();
  });

  it('Given cases on version 1, When the admin adds 合同金额 and 财务处审核 and publishes, Then new cases use version 2 and old ones keep version 1', async function () {
    this.timeout(240_000);
    const zhangsan = await apiUser(app, 'zhangsan');
    // Given a running case and a draft started on version 1
    const running = await zhangsan.client.cases.create({
      definitionKey: 'seal-use',
      form: await sealUseApplication(zhangsan),
      submit: true,
    });
    const draftCase = await zhangsan.client.cases.create({
      definitionKey: 'seal-use',
      form: await sealUseApplication(zhangsan),
    });

    // When the administrator edits the form
    const { page, context, errors } = await signIn(app, 'admin', DESKTOP);
    await page.goto(`${app.server.url}/admin/definitions/seal-use`);
    await page.click('[data-field$="/horizontalContract"]');
    await page.click('[data-palette="NumberPicker"]');
    await page.waitForSelector('[data-field$="/number"]');
    await page.fill('[aria-label="字段标题"]', '合同金额');
    await page.fill('[aria-label="字段名"]', 'contractAmount');
    await page.press('[aria-label="字段名"]', 'Enter');
    await page.waitForSelector('[data-field$="/contractAmount"]');
    await page.click('[data-testid="field-panel"] [aria-label="必填"]');
    const visibleRule = '[data-testid="field-panel"] [data-testid="rule-builder"] >> nth=0';
    await page.click(`${visibleRule} >> text=添加条件`);
    await pick(page, `${visibleRule} >> [aria-label="条件字段"]`, '是否横向合同');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-form-new-field-desktop.png') });
    await page.click('text=保存草稿');
    await page.waitForSelector('text=草稿已保存');

    // ... and the flow: 法律顾问审核 → 合同金额判断 → (over 100,000) 财务处审核 → 是否三重一大或带出印章
    await page.click('.ant-tabs-tab >> text=流程');
    await page.waitForSelector('[data-testid="flow-canvas"] .lf-node');
    await goToStep(page, '法律顾问审核');
    await page.click('[data-node-type="condition"]');
    await page.fill('[aria-label="环节名称"]', '合同金额判断');
    await page.click('[data-node-type="approval"]');
    await page.fill('[aria-label="环节名称"]', '财务处审核');
    await page.click('text=添加办理人规则');
    await pick(page, '[data-testid="assignee-editor"] [aria-label="角色"]', '党政办公室工作人员');
    await page.click('[data-testid="node-panel"] >> text=字段权限');
    await page.click('[data-permission="contractAmount"] >> text=可编辑');
    await pick(page, '[aria-label="添加连线到"]', '是否三重一大或带出印章');

    await goToStep(page, '法律顾问审核');
    await page.click('[data-testid="outgoing-edges"] [data-edge-target="headsCheck"] >> text=删除');
    await pick(page, '[aria-label="添加连线到"]', '合同金额判断');

    await goToStep(page, '合同金额判断');
    await pick(page, '[aria-label="添加连线到"]', '财务处审核');
    await pick(page, '[aria-label="添加连线到"]', '是否三重一大或带出印章');
    await page.click('[data-testid="outgoing-edges"] [data-edge-target="approval_1"] >> text=条件');
    await page.fill('[aria-label="连线名称"]', '超过10万元');
    await page.click('[data-testid="edge-panel"] >> text=添加条件');
    await pick(page, '[data-testid="edge-panel"] [aria-label="条件字段"]', '合同金额');
    await pick(page, '[data-testid="edge-panel"] [aria-label="条件运算"]', '大于');
    await page.fill('[data-testid="edge-panel"] input[aria-label="条件值"]', '100000');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-flow-edge-condition-desktop.png') });
    await goToStep(page, '合同金额判断');
    await page.click('[data-testid="outgoing-edges"] [data-edge-target="headsCheck"] >> text=条件');
    await page.click('[aria-label="默认分支"]');
    await page.waitForSelector('[data-testid="flow-toolbar"] >> text=校验通过');
    await page.click('text=自动布局');
    await goToStep(page, '财务处审核');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-flow-new-node-desktop.png') });

    // ... and publishes with a change note
    await page.click('[data-testid="publish"]');
    await page.fill('[aria-label="变更说明"]', '增加合同金额；超过10万元的横向合同须财务处审核');
    await page.click('[data-testid="confirm-publish"]');
    await page.waitForSelector('text=已发布版本 2');
    expect(errors).to.deep.equal([]);
    await context.close();

    // Then the published version carries the new field, its condition and the new step
    const v2 = await zhangsan.client.cases.process('seal-use');
    expect(v2.version).to.equal(2);
    const amount = findField(v2.form, 'contractAmount');
    expect(amount).to.include({ title: '合同金额', 'x-component': 'NumberPicker' });
    expect(JSON.stringify(amount?.['x-reactions'])).to.contain('horizontalContract').and.contain('required');
    const finance = v2.flow.nodes.find((n) => n.properties.name === '财务处审核') as ApprovalNode;
    expect(finance.properties.assignees).to.deep.equal([
      { type: 'role', role: 'office-staff', scope: 'global' },
    ]);
    expect(finance.properties.fieldPermissions).to.deep.equal({ contractAmount: 'editable' });
    const toFinance = v2.flow.edges.find((e) => e.targetNodeId === finance.id)!;
    expect(toFinance.properties?.condition).to.deep.equal({ '>': [{ var: 'form.contractAmount' }, 100000] });

    // ... a staff member's new case runs on version 2 and keeps the amount
    const fresh = await zhangsan.client.cases.create({
      definitionKey: 'seal-use',
      form: await sealUseApplication(zhangsan, { horizontalContract: true, contractAmount: 200000 }),
      submit: true,
    });
    const freshView = await zhangsan.client.cases.get(fresh.id);
    expect(freshView.definition.version).to.equal(2);
    expect(freshView.form.contractAmount).to.equal(200000);

    // ... while the cases started before keep version 1: the new field is unknown to them
    expect((await zhangsan.client.cases.get(running.id)).definition.version).to.equal(1);
    const refused = await zhangsan.client.cases.submit(draftCase.id, { contractAmount: 1 }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).to.be.instanceOf(ApiError);
    expect((refused as ApiError).status).to.be.within(400, 499);
    const submitted = await zhangsan.client.cases.submit(draftCase.id);
    expect(submitted.status).to.equal('running');
    const oldView = await zhangsan.client.cases.get(draftCase.id);
    expect(oldView.definition.version).to.equal(1);
    expect(Object.keys(oldView.form)).not.to.include('contractAmount');
    expect(collectFieldNames(v2.form)).to.include('contractAmount');

    // ... and on the apply page the amount appears only for a horizontal contract
    const staff = await signIn(app, 'zhangsan', DESKTOP);
    await staff.page.goto(`${app.server.url}/apply/seal-use`);
    await item(staff.page, '业务类型').getByText('综合类', { exact: true }).click();
    await staff.page.click('[data-testid="apply-next"]');
    await item(staff.page, '是否横向合同').waitFor();
    expect(await item(staff.page, '合同金额').count()).to.equal(0);
    await item(staff.page, '是否横向合同').getByText('是', { exact: true }).click();
    await item(staff.page, '合同金额').waitFor();
    expect(await item(staff.page, '合同金额').locator('.ant-formily-item-asterisk').count()).to.equal(1);
    await item(staff.page, '合同金额').scrollIntoViewIfNeeded();
    await staff.page.screenshot({ path: join(ARTIFACTS, 'designer-apply-new-field-desktop.png') });
    expect(staff.errors).to.deep.equal([]);
    await staff.context.close();
  });
});
