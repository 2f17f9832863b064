import { createForm } from '@formily/core';
import { Button, Space } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'umi';
import { api } from '../../api';
import { useLocale } from '../../i18n/locale-context';
import { actionLabel, statusLabel } from '../action-labels';
import { CaseForm } from '../case-form';
import { caseFormModel } from '../case-form-model';
import { absoluteTime } from '../time-format';
import { actorName } from '../trace-timeline';
import type { CaseData } from '../use-case-data';
import '../print.less';

/**
 * The print view (R26): the whole form read-only with every opinion and stamp, the serial number
 * and the trace, laid out for A4. The toolbar (print, PDF, back) is not printed.
 */
export function PrintBody({ data }: { data: CaseData }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { view } = data;
  const model = useMemo(() => caseFormModel(data, { print: true }), [data]);
  const form = useMemo(() => createForm({ initialValues: view.form, readPretty: true }), [view]);
  return (
    <div className="fh-print">
      <Space className="fh-print-toolbar" wrap>
        <Button onClick={() => navigate(`/cases/${view.id}`)}>{t('printBack')}</Button>
        <Button type="primary" onClick={() => window.print()} data-testid="print-print">
          {t('printPrint')}
        </Button>
        <Button href={api.cases.pdfUrl(view.id)} target="_blank" data-testid="print-pdf">
          {t('printPdf')}
        </Button>
      </Space>
      <article className="fh-print-page">
        <h1 className="fh-print-title">{view.definition.name}</h1>
        <table className="fh-print-facts">
          <tbody>
            <tr>
              <th>{t('caseSerialNo')}</th>
              <td data-testid="print-serial">{view.serialNo ?? t('caseNoSerial')}</td>
              <th>{t('caseStatus')}</th>
              <td>{statusLabel(t, view.status)}</td>
            </tr>
            <tr>
              <th>{t('caseApplicant')}</th>
              <td>{view.applicant.name}</td>
              <th>{t('caseSubmittedAt')}</th>
              <td>{absoluteTime(view.submittedAt)}</td>
            </tr>
          </tbody>
        </table>
        <CaseForm model={model} form={form} />
        <h2 className="fh-print-subtitle">{t('caseTraceTitle')}</h2>
        <table className="fh-print-trace">
          <thead>
            <tr>
              <th>{t('printTime')}</th>
              <th>{t('printStep')}</th>
              <th>{t('printActor')}</th>
              <th>{t('printAction')}</th>
              <th>{t('printOpinion')}</th>
            </tr>
          </thead>
          <tbody>
            {data.trace.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{absoluteTime(entry.at)}</td>
                <td>{entry.nodeName ?? ''}</td>
                <td>{actorName(t, entry)}</td>
                <td>{actionLabel(t, entry.action)}</td>
                <td>{entry.opinion ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <footer className="fh-print-footer">
          {t('printFooter', { time: absoluteTime(new Date().toISOString()) })}
        </footer>
      </article>
    </div>
  );
}
