import type { Field } from '@formily/core';
import { DatePicker as FormilyDatePicker } from '@formily/antd-v5';
import { useField } from '@formily/react';
import { useEffect, type ComponentProps } from 'react';

/** Today as `YYYY-MM-DD` in the browser's time zone (what the applicant means by "today"). */
export function todayText(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type BaseProps = ComponentProps<typeof FormilyDatePicker>;

/**
 * Formily's DatePicker plus `defaultToday` (R11: dates default to today). A schema `default`
 * cannot be dynamic, so the schema carries the intent and the field is filled when it is shown
 * empty and editable: a stored date is never overwritten, a read-only one never invented.
 */
function DatePickerWithToday(props: BaseProps & { defaultToday?: boolean }) {
  const { defaultToday, ...rest } = props;
  const field = useField<Field>();
  useEffect(() => {
    if (!defaultToday || !field || field.pattern !== 'editable') return;
    if (field.value === undefined || field.value === null || field.value === '') field.setValue(todayText());
  }, [defaultToday, field]);
  return <FormilyDatePicker {...rest} />;
}

export const DatePicker = Object.assign(DatePickerWithToday, { RangePicker: FormilyDatePicker.RangePicker });
