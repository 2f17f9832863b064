import { FormItem } from '@formily/antd-v5';
import type { ComponentProps } from 'react';
import { useLocale } from '../i18n/locale-context';
import { actionLabel } from './action-labels';
import { DepartmentStamp } from './department-stamp';
import type { Signature } from './opinion-areas';
import { absoluteTime } from './time-format';

type Props = ComponentProps<typeof FormItem> & { signatures?: Signature[] };

/**
 * The decorator of an opinion area that has been decided (R14): the label, then each decision
 * with its opinion, the approver's name, the date and the department stamp when one was made.
 */
export function OpinionItem({ signatures = [], children, ...props }: Props) {
  const { t } = useLocale();
  if (signatures.length === 0) return <FormItem {...props}>{children}</FormItem>;
  return (
    <FormItem {...props} asterisk={false}>
      <div className="fh-opinions">
        {signatures.map((s) => (
          <div key={s.taskId} className="fh-opinion">
            <div className="fh-opinion-text">{s.opinion || actionLabel(t, s.action)}</div>
            <div className="fh-opinion-sign">
              <span>
                {t('caseApprover')}：{s.name}
              </span>
              <span>
                {t('caseDecision')}：{actionLabel(t, s.action)}
              </span>
              <span>{absoluteTime(s.at)}</span>
            </div>
            {s.stamp && (
              <div className="fh-opinion-stamp">
                <DepartmentStamp name={s.stamp} />
              </div>
            )}
          </div>
        ))}
      </div>
    </FormItem>
  );
}
