import { createClient } from '@flowhall/client';
import { expect } from 'chai';
import { checkAndShoot, DESKTOP, PHONE, signIn, startApp, type TestApp } from './support/app';

describe('e2e > notifications > administrators edit templates and group robots', function () {
  this.timeout(180_000);
  let app: TestApp;

  before(async () => {
    app = await startApp();
  });

  after(async () => {
    await app?.stop();
  });

  it('given the platform administrator, when they edit the urge template and add a WeCom robot, then the server keeps both', async () => {
    const { page, errors, context } = await signIn(app, 'admin', DESKTOP);
    await page.goto(`${app.server.url}/notifications`);
    // When they change the urge subject
    await page.click('.ant-tabs-tab:has-text("消息模板")');
    await page.waitForSelector('[data-testid="template-editor"]');
    const urged = page.locator('[data-testid="template-urged"]');
    await urged.locator('input').fill('【催办】请尽快处理「{{title}}」');
    await urged.locator('button.ant-btn-primary').click();
    await urged.locator('.ant-tag:has-text("已修改")').waitFor();
    await checkAndShoot(page, 'notify-templates', DESKTOP);
    // And add a robot
    await page.click('.ant-tabs-tab:has-text("群机器人")');
    await page.click('button:has-text("添加推送地址")');
    await page.fill('#name', '办公室群');
    await page.fill('#url', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=demo');
    await page.click('.ant-modal-footer button.ant-btn-primary');
    await page.waitForSelector('[data-testid="webhook-editor"] .ant-list-item:has-text("办公室群")');
    await checkAndShoot(page, 'notify-webhooks', DESKTOP);
    expect(errors).to.deep.equal([]);
    await context.close();

    // Then the API answers what they saved
    const admin = createClient({ baseUrl: app.server.url });
    await admin.auth.login('admin', 'Flowhall@2026');
    const templates = await admin.notifications.templates();
    expect(templates.templates.find((x) => x.event === 'urged')).to.include({
      subject: '【催办】请尽快处理「{{title}}」',
      customised: true,
    });
    const hooks = await admin.notifications.webhooks();
    expect(hooks.find((h) => h.name === '办公室群')).to.include({
      kind: 'wecom',
      enabled: true,
      hasSecret: false,
    });
  });

  it('a staff member sees only their own settings, usable on a phone', async () => {
    const { page, context } = await signIn(app, 'zhangsan', PHONE);
    await page.goto(`${app.server.url}/notifications`);
    await page.click('.ant-tabs-tab:has-text("通知设置")');
    await page.waitForSelector('[data-testid="notification-settings"] .ant-checkbox');
    expect(await page.locator('.ant-tabs-tab:has-text("消息模板")').count()).to.equal(0);
    await checkAndShoot(page, 'notify-settings', PHONE);
    await context.close();
  });
});
