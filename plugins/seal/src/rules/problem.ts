/** A rule the form schema alone cannot express; `path` uses form-data paths (`seals[1].sealType`). */
export interface SealRuleProblem {
  path: string;
  code: string;
  /** Chinese first, then English, as the form validator writes its messages. */
  message: string;
}

export const ruleProblem = (path: string, code: string, zh: string, en: string): SealRuleProblem => ({
  path,
  code,
  message: `${zh} / ${en}`,
});

export type FormValues = { [field: string]: unknown };

export const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);
