import { createForm } from '@formily/core';
import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useLocale } from '../i18n/locale-context';
import { ActionPanel } from './action/action-panel';
import { ReassignPanel } from './action/reassign-panel';
import { ApplicantActions } from './applicant-actions';
import { CaseForm } from './case-form';
import { caseFormModel } from './case-form-model';
import { CaseHeader } from './case-header';
import { FlowPanel } from './flow-panel';
import { TraceTimeline } from './trace-timeline';
import type { CaseData } from './use-case-data';

/**
 * `/cases/:id`: header, the form with the reader's permissions and the decided opinion areas, the
 * action panel for the current assignee, the applicant's own actions, the trace and the flow.
 * Two columns on a desktop; one on a phone, with the panel right after the form.
 */
export function CaseViewBody({ data, reload }: { data: CaseData; reload: () => void }) {
  const { t } = useLocale();
  const { view } = data;
  const model = useMemo(() => caseFormModel(data), [data]);
  const form = useMemo(() => createForm({ initialValues: view.form }), [view]);
  const pending = view.tasks
    .filter((task) => task.status === 'pending')
    .map((task) => ({ nodeName: task.nodeName, name: task.assignee.name, since: task.createdAt }));
  const visited = [...new Set(data.flow.path.filter((p) => p.outcome !== 'entered').map((p) => p.nodeId))];
  const admin = view.relations.includes('admin') && (view.status === 'running' || view.status === 'returned');
  return (
    <div className="fh-case">
      <CaseHeader view={view} />
      <ApplicantActions view={view} reload={reload} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('caseFormTitle')} className="fh-case-card">
            <CaseForm model={model} form={form} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <div className="fh-case-side">
            {model.task && (
              <ActionPanel
                key={model.task.id}
                task={model.task}
                flow={data.flow.flow}
                form={form}
                opinionFields={model.opinionFields}
                fieldsToFill={model.fieldsToFill}
                onDone={reload}
              />
            )}
            {admin && <ReassignPanel view={view} onDone={reload} />}
            <Card size="small" title={t('caseTraceTitle')} className="fh-case-card">
              <TraceTimeline trace={data.trace} pending={pending} />
            </Card>
          </div>
        </Col>
        {/* After the side column, so a phone reaches the decision before the diagram. */}
        <Col xs={24} lg={16}>
          <Card size="small" title={t('caseFlowTitle')} className="fh-case-card">
            <FlowPanel flow={data.flow.flow} visited={visited} current={data.flow.current} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
