import { expect } from 'chai';
import { join } from 'path';
import { ARTIFACTS, checkAndShoot, DESKTOP, PHONE, signIn, startApp, TestApp } from './support/app';
import { dragTo } from './designer-support';

describe('e2e > designers > the seal-use process in both designers', () => {
  let app: TestApp;

  before(async function () {
    this.timeout(180_000);
    app = await startApp();
  });

  after(async () => {
    await app?.stop();
  });

  it('given an administrator, the definitions list shows the seal processes with their versions', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, context, errors } = await signIn(app, 'admin', viewport);
      await page.goto(`${app.server.url}/admin/definitions`);
      await page.waitForSelector('tr[data-row-key="seal-use"]');
      expect(await page.textContent('tr[data-row-key="seal-use"]'))
        .to.contain('用印审批')
        .and.contain('v1');
      await checkAndShoot(page, 'designer-list', viewport);
      if (viewport.name === 'phone') {
        // On a phone the editor opens, suggests a computer and keeps the page from overflowing.
        await page.click('tr[data-row-key="seal-use"] >> text=用印审批');
        await page.waitForSelector('text=建议在电脑上编辑');
        await page.waitForSelector('[data-testid="form-canvas"]');
        await checkAndShoot(page, 'designer-editor', viewport);
      }
      expect(errors).to.deep.equal([]);
      await context.close();
    }
  });

  it('when the administrator opens seal-use, the form and flow designers show it at 1440 px', async () => {
    const { page, context, errors } = await signIn(app, 'admin', DESKTOP);
    await page.goto(`${app.server.url}/admin/definitions/seal-use`);
    await page.waitForSelector('[data-testid="form-canvas"]');
    // The form's fields are on the canvas: the yes/no question the new field will depend on.
    await page.waitForSelector('[data-field$="/horizontalContract"]');
    // The palette offers the handwritten signature with the other file fields.
    expect(await page.textContent('[data-palette="Signature"]')).to.contain('手写签名');
    await page.click('[data-field$="/horizontalContract"]');
    await page.waitForSelector('[data-testid="field-panel"]');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-form-seal-use-desktop.png') });
    // The preview renders the form with the app's components, and validation works in it.
    await page.click('.ant-tabs-tab >> text=预览');
    await page.waitForSelector('[data-testid="form-preview"] .ant-formily-item');
    await page.click('[data-testid="form-preview"] >> text=试提交（校验）');
    await page.waitForSelector('[data-testid="form-preview"] >> text=有字段未通过校验');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-form-preview-desktop.png') });
    await page.click('.ant-tabs-tab >> text=设计');

    await page.click('.ant-tabs-tab >> text=流程');
    await page.waitForSelector('[data-testid="flow-canvas"] .lf-node');
    const nodes = await page.$$('[data-testid="flow-canvas"] .lf-node');
    expect(nodes.length).to.be.greaterThan(15);
    await page.click('[data-testid="flow-canvas"] .lf-node >> nth=1');
    await page.waitForSelector('[data-testid="node-panel"]');
    expect(await page.inputValue('[aria-label="环节名称"]')).to.equal('科室负责人验印审核');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-flow-seal-use-desktop.png') });
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it('given English, the designers speak English: palette, panels, toolbar and problems', async () => {
    const { page, context, errors } = await signIn(app, 'admin', DESKTOP);
    await page.click('[data-testid="language-switch"]');
    await page.getByText('Online Service Hall').first().waitFor();
    await page.goto(`${app.server.url}/admin/definitions/seal-use`);
    await page.waitForSelector('[data-testid="form-canvas"]');
    const palette = await page.textContent('[data-testid="form-palette"]');
    expect(palette).to.contain('Signature').and.contain('Files').and.not.contain('手写签名');
    await page.click('[data-field$="/horizontalContract"]');
    const panel = await page.textContent('[data-testid="field-panel"]');
    expect(panel).to.contain('Field name').and.contain('Show and required conditions');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-form-english.png') });
    await page.click('.ant-tabs-tab >> nth=1');
    await page.waitForSelector('[data-testid="flow-canvas"] .lf-node');
    expect(await page.textContent('[data-testid="flow-toolbar"]')).to.contain('Fit to canvas');
    expect(await page.textContent('[data-testid="flow-palette"]')).to.contain('Approval');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-flow-english.png') });
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it('drags a field from the palette into a card, reorders it and nests it into another card', async () => {
    const { page, context, errors } = await signIn(app, 'admin', DESKTOP);
    await page.goto(`${app.server.url}/admin/definitions/seal-use`);
    await page.waitForSelector('[data-testid="form-canvas"]');
    const inUnits = (key: string) => `[data-field$="/units/grid/${key}"]`;

    await dragTo(page, '[data-palette="Input"]', '[data-drop-into$="/units/grid"]');
    await page.waitForSelector(inUnits('text'));
    await dragTo(page, `${inUnits('text')} [aria-label^="移动"]`, inUnits('usingUnit'));
    await page.waitForFunction(() => {
      const keys = Array.from(document.querySelectorAll('[data-field*="/units/grid/"]')).map((e) =>
        e.getAttribute('data-field')?.split('/').pop(),
      );
      return keys[0] === 'text' && keys[1] === 'usingUnit';
    });
    await dragTo(page, `${inUnits('text')} [aria-label^="移动"]`, '[data-drop-into$="/commitments/grid"]');
    await page.waitForSelector('[data-field$="/commitments/grid/text"]');
    expect(await page.locator(inUnits('text')).count()).to.equal(0);
    // Undo goes back step by step.
    await page.click('[aria-label="撤销"]');
    await page.waitForSelector(inUnits('text'));

    // Leaving with unsaved edits asks first; staying keeps them.
    await page.click('[data-testid="side-menu"] >> text=办事大厅');
    await page.waitForSelector('.ant-modal-confirm-title >> text=有未保存的修改，确定离开吗？');
    expect(await page.locator('.ant-modal-confirm').count()).to.equal(1);
    await page.click('.ant-modal-confirm .ant-btn >> nth=0');
    await page.waitForSelector('.ant-modal-confirm', { state: 'detached' });
    expect(new URL(page.url()).pathname).to.equal('/admin/definitions/seal-use');
    await page.waitForSelector(inUnits('text'));

    // A signature added from the palette is a drawing pad in the preview.
    await page.click('[data-palette="Signature"]');
    await page.waitForSelector('[data-field="signature"], [data-field$="/signature"]');
    await page.click('.ant-tabs-tab >> text=预览');
    await page.waitForSelector('[data-testid="form-preview"] [data-testid="signature-pad"]');
    await page.locator('[data-testid="signature-pad"]').scrollIntoViewIfNeeded();
    const pad = await page.locator('[data-testid="signature-pad"]').boundingBox();
    expect(pad?.width).to.be.greaterThan(200);
    // Drawing a stroke makes 确认签名 available (an empty pad cannot be saved).
    const save = page.locator('[data-testid="form-preview"] button:has-text("确认签名")');
    expect(await save.isDisabled()).to.equal(true);
    await page.mouse.move(pad!.x + 40, pad!.y + 60);
    await page.mouse.down();
    for (let i = 1; i <= 8; i += 1) await page.mouse.move(pad!.x + 40 + i * 20, pad!.y + 60 + (i % 2) * 30);
    await page.mouse.up();
    expect(await save.isDisabled()).to.equal(false);
    await page.screenshot({ path: join(ARTIFACTS, 'designer-signature-preview.png') });
    expect(errors).to.deep.equal([]);
    await context.close();
  });
});
