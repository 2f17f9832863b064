import { createClient } from '@flowhall/client';
import { expect } from 'chai';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { freePort } from '../support/free-port';
import { REPO_ROOT, startServer, type RunningServer } from '../support/server-process';
import { notifyEnv, startMailServer, type MailServer } from '../api/notification-support';
import { publishHeadApproval } from '../api/notification-process';
import { ARTIFACTS, checkAndShoot, DESKTOP, PHONE, signIn, type TestApp } from './support/app';

describe('e2e > notifications > the bell and the e-mail link', function () {
  this.timeout(180_000);
  let mail: MailServer;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  let key: string;

  before(async () => {
    mail = await startMailServer();
    // The server's own address goes into the mails, so it is chosen here.
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = await startServer({
      webRoot: process.env.FLOWHALL_E2E_WEB_ROOT ?? join(REPO_ROOT, 'runtime', 'dist'),
      env: notifyEnv(mail, { PORT: String(port), PUBLIC_URL: url, FLOWHALL_PLUGINS: '' }),
    });
    browser = await launchBrowser();
    const admin = createClient({ baseUrl: url });
    await admin.auth.login('admin', 'Flowhall@2026');
    key = await publishHeadApproval(admin);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await mail?.close();
  });

  const app = (): TestApp => ({ server: { ...server, url }, browser, stop: async () => undefined });

  it('given the approver has the hall open, when another user submits, then the bell counts it and opens the case', async () => {
    // Given the head of department on the hall, nothing unread
    const { page, errors, context } = await signIn(app(), 'liyuan', DESKTOP);
    await page.waitForSelector('[data-testid="notification-bell"]');
    const badge = () =>
      page.textContent('[data-testid="notification-count"] .ant-badge-count').catch(() => null);
    expect(await badge()).to.equal(null);

    // When the applicant submits
    const applicant = createClient({ baseUrl: url });
    await applicant.auth.login('zhangsan', 'Flowhall@2026');
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '参会报销' },
      submit: true,
    });

    // Then within the bell's polling time the badge shows 1
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="notification-count"] .ant-badge-count')?.textContent === '1',
      undefined,
      { timeout: 45_000 },
    );
    // And the dropdown lists the new task; clicking it opens the case and marks it read
    await page.click('[data-testid="notification-bell"]');
    await page.waitForSelector('[data-testid="notification-item"]');
    expect(await page.textContent('[data-testid="notification-panel"]')).to.contain(
      '您有新的任务需要处理：通知测试事项',
    );
    await checkAndShoot(page, 'notify-bell-open', DESKTOP);
    await page.click('[data-testid="notification-item"]');
    await page.waitForURL(`**/cases/${submitted.id}`);
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="notification-count"] .ant-badge-count'),
    );
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it('given the e-mail, when its link is opened signed out, then after signing in the task opens', async () => {
    const applicant = createClient({ baseUrl: url });
    await applicant.auth.login('zhangsan', 'Flowhall@2026');
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '邮件链接' },
      submit: true,
    });
    let link: string | undefined;
    for (let i = 0; i < 100 && !link; i++) {
      link = /https?:\/\/\S+\/cases\/\d+/.exec(
        mail.mails.find((m) => m.text.includes(`/cases/${submitted.id}`))?.text ?? '',
      )?.[0];
      if (!link) await new Promise((r) => setTimeout(r, 100));
    }
    expect(link).to.equal(`${url}/cases/${submitted.id}`);

    // When the approver opens it on a phone, not signed in
    const context = await browser.newContext({
      viewport: { width: PHONE.width, height: PHONE.height },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(link!);
    await page.waitForURL('**/login?next=*');
    await page.fill('#username', 'liyuan');
    await page.fill('#password', 'Flowhall@2026');
    await page.click('[data-testid="login-submit"]');
    // Then the case with their task opens
    await page.waitForURL(`**/cases/${submitted.id}`);
    await page.waitForSelector('[data-testid="case-form"]', { state: 'attached' });
    // The approver's action panel for the step
    await page.waitForFunction(() => document.body.innerText.includes('部门负责人审批'));
    await checkAndShoot(page, 'notify-mail-link', PHONE);
    await context.close();
  });

  it('shows the notifications page and the bell on a phone', async () => {
    const { page, context } = await signIn(app(), 'liyuan', PHONE).catch(async (e: Error) => {
      throw new Error(`${e.message}\n${server.output().slice(-2000)}`);
    });
    await page.goto(`${url}/notifications`);
    await page.waitForSelector('[data-testid="notification-item"]');
    await checkAndShoot(page, 'notify-page', PHONE);
    // On a phone the bell opens the list page (no room for a dropdown)
    await page.goto(`${url}/`);
    await page.waitForSelector('[data-testid="hall"]');
    await page.click('[data-testid="notification-bell"]');
    await page.waitForURL('**/notifications');
    await page.waitForSelector('[data-testid="notifications-page"]');
    await page.screenshot({ path: join(ARTIFACTS, 'notify-bell-phone.png') });
    await context.close();
  });

  for (const viewport of [DESKTOP, PHONE]) {
    it(`shows the statistics page with charts and an export link on a ${viewport.name}`, async () => {
      // Given at least one application in the period
      const applicant = createClient({ baseUrl: url });
      await applicant.auth.login('zhangsan', 'Flowhall@2026');
      await applicant.cases.create({ definitionKey: key, form: { reason: '统计' }, submit: true });
      const { page, errors, context } = await signIn(app(), 'admin', viewport);
      await page.goto(`${url}/admin/statistics`);
      await page.waitForSelector('[data-testid="statistics-charts"] .recharts-surface');
      await page.waitForSelector('[data-testid="statistics-tables"]');
      const href = await page.getAttribute('[data-testid="statistics-export"]', 'href');
      expect(href).to.match(
        /\/api\/statistics\/export\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&interval=month$/,
      );
      const download = await page.request.get(`${url}${href!}`);
      expect(download.headers()['content-type']).to.contain('spreadsheetml');
      // Administrators may pick any department; cleared, the whole university
      expect(await page.textContent('[data-testid="statistics-scope"]')).to.contain('全校');
      await checkAndShoot(page, 'notify-statistics', viewport);
      expect(errors).to.deep.equal([]);
      await context.close();
    });
  }

  for (const viewport of [DESKTOP, PHONE]) {
    it(`a department head sees their own unit's figures on a ${viewport.name} (R29)`, async () => {
      // Given applications from 计算机学院 and from the office, each waiting for its head
      const submit = async (username: string, reason: string) => {
        const client = createClient({ baseUrl: url });
        await client.auth.login(username, 'Flowhall@2026');
        await client.cases.create({ definitionKey: key, form: { reason }, submit: true });
      };
      await submit('zhangsan', '学院统计');
      await submit('sunbs', '办公室统计');
      const own = createClient({ baseUrl: url });
      await own.auth.login('liyuan', 'Flowhall@2026');
      const unitTotal = (await own.statistics.cases()).byStatus.reduce((n, r) => n + r.count, 0);
      const everyone = createClient({ baseUrl: url });
      await everyone.auth.login('admin', 'Flowhall@2026');
      const allTotal = (await everyone.statistics.cases()).byStatus.reduce((n, r) => n + r.count, 0);
      expect(unitTotal).to.be.above(0).and.below(allTotal);

      // When 李院长 opens statistics from the navigation
      const { page, errors, context } = await signIn(app(), 'liyuan', viewport);
      if (viewport === DESKTOP) {
        await page.click('[data-testid="side-menu"] >> text=统计查询');
        await page.waitForURL(/\/admin\/statistics$/);
      } else {
        await page.goto(`${url}/admin/statistics`);
      }
      await page.waitForSelector('[data-testid="statistics-tables"]');

      // Then the scope is their school, fixed, and the figures are the school's
      const scope = await page.textContent('[data-testid="statistics-scope"]');
      expect(scope).to.contain('统计范围').and.contain('计算机学院');
      expect(await page.locator('.ant-select[data-testid="statistics-scope"]').count()).to.equal(0);
      const total = page.locator('.ant-statistic:has-text("申请总数") .ant-statistic-content-value');
      expect((await total.textContent())?.replace(/\D/g, '')).to.equal(String(unitTotal));
      const tables = (await page.textContent('[data-testid="statistics-tables"]')) ?? '';
      expect(tables).to.contain('李院长').and.not.contain('赵主任');
      const href = await page.getAttribute('[data-testid="statistics-export"]', 'href');
      expect((await page.request.get(`${url}${href!}`)).status()).to.equal(200);
      await checkAndShoot(page, 'notify-statistics-head', viewport);
      expect(errors).to.deep.equal([]);
      await context.close();
    });
  }
});
