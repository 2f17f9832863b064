export type FormDataProblemCode =
  | 'REQUIRED'
  | 'TYPE'
  | 'ENUM'
  | 'MIN_LENGTH'
  | 'MAX_LENGTH'
  | 'MINIMUM'
  | 'MAXIMUM'
  | 'PATTERN'
  | 'FORMAT'
  | 'UNKNOWN_FIELD'
  | 'UNSAFE_KEY'
  | 'TOO_MANY_ITEMS'
  | 'NOT_EDITABLE'
  | 'FILE_REFERENCE';

/** One thing wrong with submitted form data; `path` is e.g. `materials[2].copies`. */
export interface FormDataProblem {
  path: string;
  code: FormDataProblemCode;
  /** Chinese first, then English. */
  message: string;
}

export const problem = (
  path: string,
  code: FormDataProblemCode,
  zh: string,
  en: string,
): FormDataProblem => ({
  path,
  code,
  message: `${zh} / ${en}`,
});
