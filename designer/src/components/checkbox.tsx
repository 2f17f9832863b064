import { Checkbox as FormilyCheckbox } from '@formily/antd-v5';
import { connect, mapProps, mapReadPretty } from '@formily/react';
import { Checkbox as AntdCheckbox } from 'antd';
import type { ReactNode } from 'react';
import { useHost } from '../host';
import { componentText } from './component-text';

/**
 * A single checkbox whose text is the schema's `x-content` (the R12 commitment): Formily hands
 * `x-content` over as children. Read-only, it says whether the statement was confirmed, with it.
 */
function CheckboxPretty({ value, children }: { value?: boolean; children?: ReactNode }) {
  const t = componentText(useHost().locale);
  return (
    <span className="fh-checkbox-pretty">
      <strong>{value ? `☑ ${t('checked')}` : `☐ ${t('unchecked')}`}</strong>
      {children ? <span style={{ marginLeft: 8 }}>{children}</span> : null}
    </span>
  );
}

const SingleCheckbox = connect(
  AntdCheckbox,
  mapProps({ value: 'checked', onInput: 'onChange' }, (props, field) => ({
    ...props,
    disabled: Boolean(props.disabled) || ('readOnly' in field && field.readOnly),
  })),
  mapReadPretty(CheckboxPretty),
);

export const Checkbox = Object.assign(SingleCheckbox, { Group: FormilyCheckbox.Group, __ANT_CHECKBOX: true });
