import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { join } from 'path';
import {
  ARTIFACTS,
  checkAndShoot,
  signIn,
  type SignedInPage,
  type TestApp,
  type Viewport,
} from './support/app';

/** Shared steps of the apply and case-view journeys (not a test file itself). */

/** The Formily form item whose label starts with `label`. */
export const item = (page: Page, label: string) =>
  page
    .locator('.ant-formily-item', { has: page.locator('.ant-formily-item-label', { hasText: label }) })
    .first();

/** Picks `option` in the antd Select (or TreeSelect) inside `scope`, typing `search` first if given. */
export async function pickOption(
  page: Page,
  scope: ReturnType<Page['locator']>,
  option: string,
  search?: string,
) {
  await scope.locator('.ant-select-selector').first().click();
  if (search) await scope.locator('input').first().fill(search);
  const dropdown = page.locator('.ant-select-dropdown:visible, .ant-tree-select-dropdown:visible').last();
  await dropdown
    .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper', { hasText: option })
    .first()
    .click();
}

/**
 * A photo as a phone takes it: 4000 x 3000 of noise, encoded by the browser as a JPEG of several
 * megabytes, so the upload only fits after the page compresses it (R10).
 */
export async function bigPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    const image = context.createImageData(4000, 3000);
    for (let i = 0; i < image.data.length; i += 4) {
      image.data[i] = Math.random() * 255;
      image.data[i + 1] = Math.random() * 255;
      image.data[i + 2] = Math.random() * 255;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
    return canvas.toDataURL('image/jpeg', 0.95).split(',')[1];
  });
  return Buffer.from(base64, 'base64');
}

export interface SealUseInput {
  businessType: '科研类' | '教育教学类' | '外事类' | '综合类';
  sealName: string;
  horizontalContract?: boolean;
  sectionHead?: string;
  reason: string;
}

/**
 * Fills the seal-use form as the applicant does: business type, next, the promises, one material
 * row with a photo, one seal with count and positions, the matters and the reason. Answers the
 * size the server stored for the photo.
 */
export async function fillSealUse(page: Page, input: SealUseInput): Promise<number> {
  await item(page, '业务类型').getByText(input.businessType, { exact: true }).click();
  await page.click('[data-testid="apply-next"]');
  await item(page, '保密承诺').locator('input[type="checkbox"]').check();
  await item(page, '不在空白纸张上盖章').locator('input[type="checkbox"]').check();
  // R7: the profile filled the applicant's name and phone.
  expect(await item(page, '用印申请人').first().locator('input').inputValue()).to.not.equal('');

  const materials = item(page, '用印材料');
  await materials.getByText('添加行').click();
  await materials.locator('input[placeholder^="例：××项目"]').fill('横向合同文本');
  await materials.locator('input[placeholder="例如：5"]').fill('2');
  const photo = await bigPhoto(page);
  const uploaded = page.waitForResponse(
    (r) => r.url().endsWith('/api/files') && r.request().method() === 'POST',
  );
  await materials.locator('.fh-upload input[type="file"]:not([capture])').setInputFiles({
    name: 'IMG_20261202.jpg',
    mimeType: 'image/jpeg',
    buffer: photo,
  });
  const stored = (await (await uploaded).json()) as Array<{ size: number }>;
  await materials.locator('.fh-upload-done').first().waitFor();

  const seals = item(page, '申请印章');
  // The picker's first row is only a placeholder until a row exists in the value (seal plugin):
  // add one, fill the first, drop the spare.
  await seals.getByText('添加印章').click();
  await seals.locator('.fh-seal-picker-row').nth(1).getByText('删').click();
  await pickOption(page, seals, input.sealName, input.sealName.slice(0, 4));
  await seals.locator('input[placeholder="例如：2"]').fill('2');
  await seals.locator('input[placeholder^="例：第1项"]').fill('第1项用印材料2,3页');

  if (input.horizontalContract) await item(page, '是否横向合同').getByText('是', { exact: true }).click();
  await item(page, '用印事由').locator('textarea').fill(input.reason);
  if (input.sectionHead)
    await pickOption(page, item(page, '验印审核人'), input.sectionHead, input.sectionHead);
  expect(photo.length, 'the test photo is really large').to.be.greaterThan(3 * 1024 * 1024);
  return stored[0]?.size ?? 0;
}

/** Submits the filled form through the confirmation and answers the serial number and case id. */
export async function submitApplication(
  page: Page,
  label = '正式提交',
): Promise<{ serial: string; caseId: number }> {
  await page.click('[data-testid="apply-submit"]');
  const confirm = page.locator('.ant-modal-confirm .ant-btn-primary', { hasText: label });
  try {
    await confirm.waitFor({ timeout: 10_000 });
  } catch (error) {
    // The form refused: keep what the page showed, the field errors are the explanation.
    await page.screenshot({ path: join(ARTIFACTS, 'failed-submit.png'), fullPage: true });
    throw error;
  }
  await confirm.click();
  await page.locator('.fh-serial, .ant-message-error').first().waitFor();
  if (await page.locator('.ant-message-error').count()) {
    await page.screenshot({ path: join(ARTIFACTS, 'failed-submit.png'), fullPage: true });
    throw new Error(`submit refused: ${await page.locator('.ant-message-error').innerText()}`);
  }
  const serial = (await page.locator('.fh-serial').innerText()).trim();
  await page.locator('.ant-modal-confirm .ant-btn-primary', { hasText: '查看申请' }).click();
  await page.waitForURL(/\/cases\/\d+$/);
  await page.waitForSelector('[data-testid="case-status"]');
  return { serial, caseId: Number(new URL(page.url()).pathname.split('/')[2]) };
}

/** Signs `username` in and opens the case view. */
export async function openCaseAs(
  app: TestApp,
  username: string,
  caseId: number,
  viewport: Viewport,
): Promise<SignedInPage> {
  const session = await signIn(app, username, viewport);
  await session.page.goto(`${app.server.url}/cases/${caseId}`);
  await session.page.waitForSelector('[data-testid="case-status"]');
  return session;
}

/** Picks a common opinion (R17), or types `text` when it is not a stock phrase. */
export async function writeOpinion(page: Page, text: string, { pick = false } = {}) {
  const panel = page.locator('[data-testid="action-panel"]');
  if (pick) await pickOption(page, panel.locator('.fh-opinion-pick'), text);
  else await panel.locator('[data-testid="opinion-text"]').fill(text);
  expect(await panel.locator('[data-testid="opinion-text"]').inputValue()).to.equal(text);
}

/** Clicks an action and waits until the case view has reloaded without the panel. */
export async function act(page: Page, action: string) {
  await page.click(`[data-testid="act-${action}"]`);
}

export async function waitForStatus(page: Page, status: string) {
  await page.locator('[data-testid="case-status"]', { hasText: status }).waitFor();
}

export { checkAndShoot };
