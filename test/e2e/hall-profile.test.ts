import { expect } from 'chai';
import { apiAs, DESKTOP, PHONE, signIn, startApp, TestApp } from './support/app';

describe('e2e > profile: my details, delegation and common opinions', () => {
  let app: TestApp;

  before(async function () {
    this.timeout(180_000);
    app = await startApp();
  });

  after(async () => {
    await app?.stop();
  });

  it('given a staff member on a phone, when they open 我的, then they see their details', async () => {
    const { page, context, errors } = await signIn(app, 'wangke', PHONE);
    await page.click('[data-testid="tab-profile"]');
    const details = page.locator('[data-testid="my-details"]');
    await details.waitFor();
    expect(await details.textContent())
      .to.contain('王科长')
      .and.contain('计算机学院');
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it('given my common opinions, when I add two, move the second up and delete one, then the server keeps that order', async () => {
    const { page, context } = await signIn(app, 'wufw', DESKTOP);
    await page.goto(`${app.server.url}/profile`);
    await page.getByRole('tab', { name: '常用意见' }).click();
    for (const text of ['经审查，合同条款合法。', '请补充授权委托书。']) {
      await page.fill('[data-testid="opinion-input"]', text);
      await page.click('[data-testid="opinion-add"]');
      await page.locator('[data-testid="opinion-item"]', { hasText: text }).waitFor();
    }
    await page.locator('[data-testid="opinion-item"]').nth(1).getByRole('button', { name: '上移' }).click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="opinion-item"]')?.textContent?.includes('请补充授权委托书。'),
    );
    const own = async () =>
      (await (await apiAs(app, 'wufw')).opinions.list()).items.filter((o) => o.own).map((o) => o.text);
    expect(await own()).to.deep.equal(['请补充授权委托书。', '经审查，合同条款合法。']);

    await page.locator('[data-testid="opinion-item"]').first().getByRole('button', { name: '删除' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="opinion-item"]').length === 1);
    expect(await own()).to.deep.equal(['经审查，合同条款合法。']);
    await context.close();
  });

  it('given the out-of-office tab, when I delegate to a colleague and then cancel, then the delegation comes and goes', async () => {
    const { page, context } = await signIn(app, 'liyuan', DESKTOP);
    await page.goto(`${app.server.url}/profile`);
    await page.getByRole('tab', { name: '外出代理' }).click();
    await page.click('[data-testid="delegate-select"]');
    await page.keyboard.type('王科');
    await page.locator('.ant-select-item-option', { hasText: '王科长' }).click();
    await page.click('[data-testid="delegation-range"]');
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const later = new Date(today.getTime() + 3 * 86_400_000);
    await page
      .locator(`.ant-picker-dropdown td[title="${day(today)}"]`)
      .first()
      .click();
    await page
      .locator(`.ant-picker-dropdown td[title="${day(later)}"]`)
      .first()
      .click();
    await page.click('[data-testid="delegation-save"]');
    const item = page.locator('[data-testid="delegation-item"]');
    await item.waitFor();
    expect(await item.textContent()).to.contain('由 王科长 代理');
    expect((await (await apiAs(app, 'liyuan')).auth.delegations()).items).to.have.length(1);

    await item.getByRole('button', { name: '取消代理' }).click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByText('暂无代理').waitFor();
    expect((await (await apiAs(app, 'liyuan')).auth.delegations()).items).to.have.length(0);
    await context.close();
  });
});
