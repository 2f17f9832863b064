import { createClient, FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../../runtime/src/i18n/messages';
import { launchBrowser } from '../../support/browser';
import { REPO_ROOT, RunningServer, startServer } from '../../support/server-process';

export const ARTIFACTS = join(REPO_ROOT, 'test', 'artifacts');
// Another directory can be given, e.g. a copy taken right after a build while others rebuild.
const WEB_ROOT = process.env.FLOWHALL_E2E_WEB_ROOT ?? join(REPO_ROOT, 'runtime', 'dist');
export const DEMO_PASSWORD = 'Flowhall@2026';

export interface Viewport {
  name: 'desktop' | 'phone';
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { name: 'desktop', width: 1440, height: 900 };
export const PHONE: Viewport = { name: 'phone', width: 390, height: 844 };
export const VIEWPORTS: Viewport[] = [DESKTOP, PHONE];

export interface TestApp {
  server: RunningServer;
  browser: Browser;
  stop(): Promise<void>;
}

/** The real server with the built web app and demo data, and a headless Chromium. */
export async function startApp(): Promise<TestApp> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error('runtime/dist is missing: run `npm run build` before the browser tests');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer({ webRoot: WEB_ROOT });
  const browser = await launchBrowser().catch(async (err: unknown) => {
    await server.stop();
    throw err;
  });
  return {
    server,
    browser,
    stop: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

export interface SignedInPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors the page raised; a test expects none. */
  errors: string[];
}

/** A new browser context at `viewport`, signed in as `username` through the login form. */
export async function signIn(app: TestApp, username: string, viewport: Viewport): Promise<SignedInPage> {
  const context = await app.browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${app.server.url}/login`);
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid="login-submit"]');
  await page.waitForSelector('[data-testid="hall"]');
  return { context, page, errors };
}

/** How far the page is wider than the window (0 when nothing sticks out sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

// Message keys are camelCase identifiers ("navTodo"); visible text never is, so a camelCase key on
// the page is a message that failed to resolve.
const CAMEL_KEYS = Object.keys(zhCN).filter((key) => /[a-z][A-Z]/.test(key));

/** Message keys that show on the page as raw text. */
export async function rawKeysShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return CAMEL_KEYS.filter((key) => new RegExp(`\\b${key}\\b`).test(text));
}

/** Saves `test/artifacts/<name>-<viewport>.png` and checks the page fits and has no raw keys. */
export async function checkAndShoot(page: Page, name: string, viewport: Viewport): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}-${viewport.name}.png`), fullPage: true });
  if (viewport.name === 'phone') {
    expect(
      await horizontalOverflow(page),
      `${name} overflows sideways at ${viewport.width} px`,
    ).to.be.at.most(0);
  }
  expect(await rawKeysShown(page), `raw message keys on ${name}`).to.deep.equal([]);
}

/** An API client signed in as `username` against the test server (to set up cases quickly). */
export async function apiAs(app: TestApp, username: string): Promise<FlowhallClient> {
  const client = createClient({ baseUrl: app.server.url });
  await client.auth.login(username, DEMO_PASSWORD);
  return client;
}
