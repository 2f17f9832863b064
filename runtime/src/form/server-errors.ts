import { ApiError } from '@flowhall/client';
import type { Form } from '@formily/core';

export interface FieldProblem {
  path: string;
  message: string;
}

/** `materials[2].copies` (the server's data path) → `materials.2.copies` (Formily's). */
export function toFormilyPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** The field problems of a 400/422 answer, if it carries any. */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as unknown[]).filter(
    (d): d is FieldProblem =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as FieldProblem).path === 'string' &&
      typeof (d as FieldProblem).message === 'string',
  );
}

/**
 * Puts the server's field problems onto the form's fields, so a rule only the server checks shows
 * where the user has to look. Answers the problems no field took (shown as a general message).
 */
export function showServerProblems(form: Form, error: unknown): FieldProblem[] {
  const unplaced: FieldProblem[] = [];
  for (const problem of fieldProblems(error)) {
    const field = problem.path ? form.query(toFormilyPath(problem.path)).take() : undefined;
    if (field && 'setFeedback' in field) {
      field.setFeedback({ type: 'error', code: 'ServerValidateError', messages: [problem.message] });
    } else {
      unplaced.push(problem);
    }
  }
  return unplaced;
}

/** A new key per user intent: a retry of the same click reuses it, the next click does not. */
export function newIdempotencyKey(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export const isConflict = (error: unknown): boolean => error instanceof ApiError && error.status === 409;
