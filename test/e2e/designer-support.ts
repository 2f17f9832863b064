import type { Page } from 'playwright-core';
import { apiUser, today, uploadedPng, type ApiUser } from './seal-support';

/** Picks `option` in the antd Select at `selector`. */
export async function pick(page: Page, selector: string, option: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(option);
  // Typing filters searchable selects (their lists are virtual: far options are not rendered).
  await page.click(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`,
  );
}

/** Selects a step of the flow through the toolbar's "go to step". */
export async function goToStep(page: Page, name: string): Promise<void> {
  await pick(page, '[aria-label="定位环节"]', name);
  await page.waitForFunction(
    (n) => (document.querySelector('[aria-label="环节名称"]') as HTMLInputElement | null)?.value === n,
    name,
  );
}

/** A complete seal-use application for 张三 (计算机学院) with the university seal. */
export async function sealUseApplication(
  who: ApiUser,
  patch: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const { items } = await who.seal.picker({ type: 'official' });
  const seal = items.find((s) => s.name === '示范大学');
  if (!seal) throw new Error('the seal picker offers no 示范大学 seal');
  return {
    businessType: 'general',
    confidentialityCommitment: true,
    noBlankPaper: true,
    usingUnit: 'cs-school',
    responsiblePerson: '张三',
    responsibleMobile: '13800001001',
    handler: '张三',
    handlerMobile: '13800001001',
    materials: [{ name: '合作协议', files: [await uploadedPng(who, '协议.png')], copies: 2 }],
    useDate: today(),
    primarySealType: 'official',
    seals: [{ sealId: seal.id, sealName: seal.name, sealType: seal.sealType, count: 2, positions: '第1页' }],
    authorisationLetter: false,
    horizontalContract: false,
    majorMatter: false,
    takeOut: false,
    reason: '与合作单位签订横向科研合同',
    ...patch,
  };
}

export { apiUser };

/** Drags `from` onto `to` with the mouse in small steps, as a person does (dnd-kit, LogicFlow). */
export async function dragTo(page: Page, from: string, to: string): Promise<void> {
  await page.locator(to).first().scrollIntoViewIfNeeded();
  const a = await page.locator(from).first().boundingBox();
  const b = await page.locator(to).first().boundingBox();
  if (!a || !b) throw new Error(`cannot drag ${from} to ${to}: not on screen`);
  const start = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const end = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i += 1) {
    await page.mouse.move(start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
  }
  await page.mouse.up();
}
