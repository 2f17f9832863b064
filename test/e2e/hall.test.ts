import { expect } from 'chai';
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { REPO_ROOT, RunningServer, startServer } from '../support/server-process';

const ARTIFACTS = join(REPO_ROOT, 'test', 'artifacts');
const WEB_ROOT = join(REPO_ROOT, 'runtime', 'dist');

describe('e2e > sign in and see the hall', () => {
  let server: RunningServer;
  let browser: Browser;

  before(async function () {
    this.timeout(180_000);
    if (!existsSync(join(WEB_ROOT, 'index.html'))) {
      throw new Error('runtime/dist is missing: run `npm run build` before the browser test');
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer({ webRoot: WEB_ROOT });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const viewport of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 360, height: 740 },
  ]) {
    it(`given a demo staff member on a ${viewport.name}, when they sign in, then they see the hall`, async () => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));

      await page.goto(`${server.url}/`);
      await page.waitForURL('**/login');
      await page.screenshot({ path: join(ARTIFACTS, `login-${viewport.name}.png`), fullPage: true });
      await page.fill('#username', 'zhangsan');
      await page.fill('#password', 'Flowhall@2026');
      await page.click('[data-testid="login-submit"]');

      await page.waitForSelector('[data-testid="hall"]');
      expect(await page.textContent('[data-testid="current-user"]')).to.contain('张三');
      // The seal plugin ships five processes; the hall lists them for a staff member.
      await page.waitForSelector('[data-testid="service-card"]');
      const names = await page.$$eval('[data-testid="service-card"] h5', (els) =>
        els.map((e) => e.textContent),
      );
      expect(names).to.include.members(['用印审批', '印章刻制审批', '开具介绍信审批']);
      expect(new URL(page.url()).pathname).to.equal('/');
      await page.screenshot({ path: join(ARTIFACTS, `hall-${viewport.name}.png`), fullPage: true });
      // Nothing may overflow sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).to.be.at.most(0);
      expect(errors).to.deep.equal([]);
      await context.close();
    });
  }

  it('shows a clear message for a wrong password and stays on the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('#username', 'zhangsan');
    await page.fill('#password', 'wrong-password');
    await page.click('[data-testid="login-submit"]');
    const alert = await page.waitForSelector('[data-testid="login-error"]');
    expect(await alert.textContent()).to.contain('用户名或密码错误');
    await page.close();
  });
});
