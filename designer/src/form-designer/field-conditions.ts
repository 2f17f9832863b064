import type { FormFieldSchema, JsonValue } from '@flowhall/schema';
import { conditionToReaction, reactionToCondition, type Condition, type ReactionTarget } from '../schema-ops';

/**
 * A field's visibility and required-ness conditions, kept as Formily reactions. A field that is
 * "required" and shown only under a condition is written as required under that same condition:
 * a static `required: true` would make the server (which cannot run reactions) demand a value the
 * applicant was never shown.
 */
type Reaction = { dependencies?: string[]; fulfill?: { state?: Record<string, string> } };

const reactionsOf = (field: FormFieldSchema): Reaction[] => {
  const r = field['x-reactions'];
  if (!r) return [];
  return (Array.isArray(r) ? r : [r]) as Reaction[];
};

export function readCondition(field: FormFieldSchema, target: ReactionTarget): Condition | undefined {
  for (const reaction of reactionsOf(field)) {
    const expression = reaction.fulfill?.state?.[target];
    if (expression) return reactionToCondition(reaction.dependencies, expression);
  }
  return undefined;
}

/** True when a reaction sets `target` in a way the rule builder cannot show. */
export const hasCustomCondition = (field: FormFieldSchema, target: ReactionTarget) =>
  reactionsOf(field).some((r) => r.fulfill?.state?.[target]) && !readCondition(field, target);

export function writeCondition(
  field: FormFieldSchema,
  target: ReactionTarget,
  condition: Condition | undefined,
): FormFieldSchema {
  const next: Reaction[] = reactionsOf(field).filter((r) => !r.fulfill?.state?.[target]);
  if (condition) {
    const { dependencies, expression } = conditionToReaction(condition);
    next.push({ dependencies, fulfill: { state: { [target]: expression } } });
  }
  const copy = { ...field };
  if (next.length === 0) delete copy['x-reactions'];
  else copy['x-reactions'] = (next.length === 1 ? next[0] : next) as JsonValue;
  return copy;
}

const same = (a: Condition | undefined, b: Condition | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** Required always, required only while shown, or not required. */
export function isRequired(field: FormFieldSchema): boolean {
  return field.required === true || readCondition(field, 'required') !== undefined;
}

export function setRequired(field: FormFieldSchema, on: boolean): FormFieldSchema {
  const visible = readCondition(field, 'visible');
  const { required: _static, ...rest } = field;
  const cleared = writeCondition(rest, 'required', undefined);
  if (!on) return cleared;
  return visible ? writeCondition(cleared, 'required', visible) : { ...cleared, required: true };
}

/** Sets the visibility condition; a field required while shown stays required exactly while shown. */
export function setVisibleCondition(
  field: FormFieldSchema,
  condition: Condition | undefined,
): FormFieldSchema {
  const wasRequiredWhenShown =
    field.required === true || same(readCondition(field, 'required'), readCondition(field, 'visible'));
  const next = writeCondition(field, 'visible', condition);
  return wasRequiredWhenShown ? setRequired(next, true) : next;
}
