import type { CaseView } from '@flowhall/schema';
import { App, Button, Space } from 'antd';
import { useNavigate } from 'umi';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { RateButton } from './rate-button';
import { UrgeButton } from './urge-button';
import { WithdrawButton } from './withdraw-button';

/** What the applicant can do with their case: edit / resubmit, urge, withdraw, copy, rate, print. */
export function ApplicantActions({ view, reload }: { view: CaseView; reload: () => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const copy = async () => {
    try {
      const outcome = await api.cases.copy(view.id);
      message.success(t('caseCopied'));
      navigate(`/cases/${outcome.id}/edit`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : t('applyFailed'));
    }
  };
  const applicant = view.relations.includes('applicant');
  return (
    <Space wrap className="fh-case-actions">
      {applicant && (view.status === 'draft' || view.can.resubmit) && (
        <Button type="primary" onClick={() => navigate(`/cases/${view.id}/edit`)} data-testid="case-edit">
          {t(view.status === 'draft' ? 'caseContinueDraft' : 'caseEditResubmit')}
        </Button>
      )}
      {view.can.urge && <UrgeButton view={view} onDone={reload} />}
      {view.can.withdraw && <WithdrawButton caseId={view.id} onDone={reload} />}
      {view.can.copy && (
        <Button onClick={copy} data-testid="case-copy">
          {t('caseCopy')}
        </Button>
      )}
      {applicant && <RateButton view={view} onDone={reload} />}
      <Button onClick={() => navigate(`/cases/${view.id}/print`)} data-testid="case-print">
        {t('casePrint')}
      </Button>
    </Space>
  );
}
