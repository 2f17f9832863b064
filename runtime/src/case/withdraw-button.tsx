import { App, Button, Input } from 'antd';
import { useRef } from 'react';
import { useNavigate } from 'umi';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';

/** 撤销 (R23): a running or returned case stops for good, after a "cannot be undone" warning. */
export function WithdrawButton({ caseId, onDone }: { caseId: number; onDone?: () => void }) {
  const { t } = useLocale();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const reason = useRef('');
  const open = () => {
    reason.current = '';
    modal.confirm({
      title: t('caseWithdrawTitle'),
      content: (
        <div>
          <p className="fh-danger-text">{t('caseWithdrawWarning')}</p>
          <Input.TextArea
            rows={2}
            maxLength={200}
            placeholder={t('caseWithdrawReason')}
            onChange={(e) => (reason.current = e.target.value)}
            data-testid="withdraw-reason"
          />
        </div>
      ),
      okText: t('caseWithdraw'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await api.cases.withdraw(caseId, reason.current.trim() || undefined);
          message.success(t('caseWithdrawn'));
          if (onDone) onDone();
          else navigate(`/cases/${caseId}`);
        } catch (error) {
          message.error(error instanceof Error ? error.message : t('applyFailed'));
        }
      },
    });
  };
  return (
    <Button danger onClick={open} data-testid="case-withdraw">
      {t('caseWithdraw')}
    </Button>
  );
}
