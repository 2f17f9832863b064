import type { CaseEvent, HookContext } from '@flowhall/server';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date an office writes in its books: China's calendar day of an instant. */
export const localDate = (at: Date): string => DAY.format(at);

/** A `YYYY-MM-DD` form value, or the day of the action when the field is empty. */
export const formDate = (event: CaseEvent, field: string): string => {
  const value = event.form[field];
  return typeof value === 'string' && DATE.test(value) ? value : localDate(event.at);
};

export const formText = (event: CaseEvent, field: string, max = 300): string | null => {
  const value = event.form[field];
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;
};

export const formNumber = (event: CaseEvent, field: string): number | null => {
  const value = event.form[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** File ids of an upload field (strings), as JSON for a text column. */
export const formFiles = (event: CaseEvent, field: string): string[] => {
  const value = event.form[field];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

/** Only a completed handling writes a register; a return from the step is no handling. */
export const completed = (event: CaseEvent): boolean =>
  event.action === undefined || event.action === 'complete';

export async function departmentOf(
  event: CaseEvent,
  field: string,
  context: HookContext,
): Promise<number | null> {
  const found = await context.directory.findDepartment(event.form[field], {
    transaction: context.transaction,
  });
  return found?.id ?? null;
}

export async function userOf(event: CaseEvent, field: string, context: HookContext): Promise<number | null> {
  const found = await context.directory.findUser(event.form[field], { transaction: context.transaction });
  return found?.id ?? null;
}
