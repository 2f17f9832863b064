import { expect } from 'chai';
import { join } from 'path';
import {
  ARTIFACTS,
  checkAndShoot,
  DESKTOP,
  PHONE,
  signIn,
  startApp,
  TestApp,
  VIEWPORTS,
} from './support/app';

describe('e2e > the hall home and the layout', () => {
  let app: TestApp;

  before(async function () {
    this.timeout(180_000);
    app = await startApp();
  });

  after(async () => {
    await app?.stop();
  });

  for (const viewport of VIEWPORTS) {
    it(`given a demo staff member on a ${viewport.name}, when they sign in, then they see the hall and its navigation`, async () => {
      const context = await app.browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));

      await page.goto(`${app.server.url}/`);
      await page.waitForURL('**/login');
      await page.screenshot({ path: join(ARTIFACTS, `login-${viewport.name}.png`), fullPage: true });
      await page.fill('#username', 'zhangsan');
      await page.fill('#password', 'Flowhall@2026');
      await page.click('[data-testid="login-submit"]');

      await page.waitForSelector('[data-testid="hall"]');
      // The seal plugin ships five processes; the hall lists them for a staff member.
      await page.waitForSelector('[data-testid="service-card"]');
      const names = await page.$$eval('[data-testid="service-card"] h5', (els) =>
        els.map((e) => e.textContent),
      );
      expect(names).to.include.members(['用印审批', '印章刻制审批', '开具介绍信审批']);
      expect(new URL(page.url()).pathname).to.equal('/');
      if (viewport.name === 'desktop') {
        expect(await page.textContent('[data-testid="current-user"]')).to.contain('张三');
        expect(await page.isVisible('[data-testid="side-menu"]')).to.equal(true);
      } else {
        expect(await page.isVisible('[data-testid="bottom-bar"]')).to.equal(true);
        const tabs = await page.$$eval('[data-testid="bottom-bar"] button', (els) =>
          els.map((e) => e.textContent),
        );
        expect(tabs).to.deep.equal(['办事大厅', '待办', '我的申请', '我的']);
        await page.click('[data-testid="open-drawer"]');
        expect(await page.textContent('.ant-drawer [data-testid="current-user"]')).to.contain('张三');
        // Let the drawer finish sliding in before the picture, and out before the next one.
        await page.waitForTimeout(500);
        await page.screenshot({ path: join(ARTIFACTS, 'drawer-phone.png') });
        await page.keyboard.press('Escape');
        await page.waitForSelector('.ant-drawer-content-wrapper', { state: 'hidden' });
      }
      await checkAndShoot(page, 'hall', viewport);
      expect(errors).to.deep.equal([]);
      await context.close();
    });
  }

  it('shows a clear message for a wrong password and stays on the login page', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/login`);
    await page.fill('#username', 'zhangsan');
    await page.fill('#password', 'wrong-password');
    await page.click('[data-testid="login-submit"]');
    const alert = await page.waitForSelector('[data-testid="login-error"]');
    expect(await alert.textContent()).to.contain('用户名或密码错误');
    await page.close();
  });

  it('given a signed-out visitor following a link to a list, when they sign in, then they land on that list', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/tasks/todo`);
    await page.waitForURL(/\/login\?next=/);
    await page.fill('#username', 'wangke');
    await page.fill('#password', 'Flowhall@2026');
    await page.click('[data-testid="login-submit"]');
    await page.waitForURL('**/tasks/todo');
    await page.close();
  });

  it('given a search, when the staff member searches for 介绍信, then only matching services remain', async () => {
    const { page, context, errors } = await signIn(app, 'zhangsan', DESKTOP);
    await page.waitForSelector('[data-testid="service-card"]');
    await page.fill('[data-testid="hall-search"]', '介绍信');
    await page.press('[data-testid="hall-search"]', 'Enter');
    await page.waitForSelector('text=“介绍信”的搜索结果');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="service-card"]').length === 1);
    expect(await page.textContent('[data-testid="service-card"] h5')).to.equal('开具介绍信审批');
    // The pinned / favourites / hot / recent sections step aside for the results.
    expect(await page.$('[data-testid="section-hot"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it('given a staff member, when they star a service, then it shows under my favourites, and unstarring removes it', async () => {
    const { page, context } = await signIn(app, 'lizz', DESKTOP);
    const card = page.locator('[data-testid="service-card"][data-service-key="seal-engraving"]');
    await card.waitFor();
    const favourites = page.locator('[data-testid="section-favourites"]');
    await favourites.getByText('点击服务卡片上的星标即可收藏').waitFor();

    await card.locator('[data-testid="favourite-toggle"]').click();
    await favourites.getByText('印章刻制审批').waitFor();
    expect(await card.locator('[data-testid="favourite-toggle"]').getAttribute('aria-pressed')).to.equal(
      'true',
    );
    // The star did not open the service page.
    expect(new URL(page.url()).pathname).to.equal('/');

    await card.locator('[data-testid="favourite-toggle"]').click();
    await favourites.getByText('点击服务卡片上的星标即可收藏').waitFor();
    await context.close();
  });

  it('given the language switch, when a user picks English, then the layout and hall speak English', async () => {
    const { page, context } = await signIn(app, 'zhangsan', DESKTOP);
    await page.click('[data-testid="language-switch"]');
    await page.getByText('Online Service Hall').first().waitFor();
    expect(await page.textContent('[data-testid="side-menu"]')).to.contain('My applications');
    await page.click('[data-testid="language-switch"]');
    await page.getByText('网上办事大厅').first().waitFor();
    await context.close();
  });

  it('shows administration entries only to users with the roles', async () => {
    const staff = await signIn(app, 'zhangsan', DESKTOP);
    const staffMenu = await staff.page.textContent('[data-testid="side-menu"]');
    expect(staffMenu).to.contain('我的申请').and.not.contain('流程管理').and.not.contain('印章登记');
    await staff.context.close();

    const admin = await signIn(app, 'admin', DESKTOP);
    const adminMenu = await admin.page.textContent('[data-testid="side-menu"]');
    expect(adminMenu).to.contain('流程管理').and.contain('统计查询').and.contain('我的督办');
    await admin.context.close();

    const custodian = await signIn(app, 'qianyg', PHONE);
    await custodian.page.click('[data-testid="open-drawer"]');
    const drawer = await custodian.page.textContent('.ant-drawer');
    expect(drawer).to.contain('印章登记').and.not.contain('流程管理');
    await custodian.context.close();
  });
});
