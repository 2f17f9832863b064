import type { FormFieldSchema } from '../form';

/** The checks a field carries, gathered from JSON-schema keywords and Formily's `x-validator`. */
export interface FieldRules {
  required: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  patterns: RegExp[];
  formats: string[];
  minItems?: number;
  maxItems?: number;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function compile(pattern: unknown): RegExp | undefined {
  if (pattern instanceof RegExp) return pattern;
  if (typeof pattern !== 'string' || pattern.length > 500) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    // An administrator's broken pattern must not break submitting; the designer reports it.
    return undefined;
  }
}

/** Reads a field's rules; shapes it does not know are ignored, never thrown on. */
export function rulesOf(field: FormFieldSchema, requiredByParent: boolean): FieldRules {
  const rules: FieldRules = {
    required: field.required === true || requiredByParent,
    patterns: [],
    formats: [],
  };
  const take = (source: Record<string, unknown>): void => {
    if (source.required === true) rules.required = true;
    rules.minLength = num(source.minLength) ?? rules.minLength;
    rules.maxLength = num(source.maxLength) ?? rules.maxLength;
    rules.minimum = num(source.minimum) ?? num(source.min) ?? rules.minimum;
    rules.maximum = num(source.maximum) ?? num(source.max) ?? rules.maximum;
    rules.exclusiveMinimum = num(source.exclusiveMinimum) ?? rules.exclusiveMinimum;
    rules.exclusiveMaximum = num(source.exclusiveMaximum) ?? rules.exclusiveMaximum;
    rules.minItems = num(source.minItems) ?? rules.minItems;
    rules.maxItems = num(source.maxItems) ?? rules.maxItems;
    const pattern = compile(source.pattern);
    if (pattern) rules.patterns.push(pattern);
    if (typeof source.format === 'string') rules.formats.push(source.format);
  };
  take(field as Record<string, unknown>);
  const validator = field['x-validator'];
  const entries = Array.isArray(validator) ? validator : validator === undefined ? [] : [validator];
  for (const entry of entries) {
    if (typeof entry === 'string') rules.formats.push(entry);
    else if (entry && typeof entry === 'object' && !Array.isArray(entry))
      take(entry as Record<string, unknown>);
  }
  return rules;
}

// Formats administrators pick in the designer; mainland China phone and ID numbers (R11).
const FORMATS: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  phone: /^1[3-9]\d{9}$/,
  mobile: /^1[3-9]\d{9}$/,
  idcard: /^(\d{15}|\d{17}[\dXx])$/,
  url: /^https?:\/\/[^\s]+$/,
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  zip: /^\d{6}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

/** The formats a value fails; unknown format names are not checked. */
export function failedFormats(value: string, formats: string[]): string[] {
  return formats.filter((f) => FORMATS[f] !== undefined && !FORMATS[f].test(value));
}
