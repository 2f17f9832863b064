import type { ListItem } from '@flowhall/client';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'umi';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { UrgeDialog } from './urge-dialog';

/**
 * What an applicant can do with their own case from the list: urge (R22), withdraw (R23), edit a
 * returned case or a draft (R24, R8), copy to a new application. The server has the last word.
 */
export function MineActions({ item, onChanged }: { item: ListItem; onChanged(): void }) {
  const { t } = useLocale();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const [urging, setUrging] = useState(false);
  const status = item.caseStatus;
  const edit = () => navigate(`/cases/${item.caseId}/edit`);

  const withdraw = () =>
    modal.confirm({
      title: t('withdrawTitle'),
      content: t('withdrawContent'),
      okText: t('actWithdraw'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await api.cases.withdraw(item.caseId);
          void message.success(t('withdrawDone'));
          onChanged();
        } catch (err) {
          void message.error(err instanceof Error ? err.message : String(err));
        }
      },
    });

  const copy = async () => {
    try {
      const created = await api.cases.copy(item.caseId);
      void message.success(t('copyDone'));
      navigate(`/cases/${created.id}/edit`);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    // Buttons sit on a clickable row: their clicks must not open the case as well.
    <span onClick={(event) => event.stopPropagation()} data-testid="mine-actions">
      <Space size={4} wrap>
        {status === 'draft' && (
          <Button size="small" type="primary" onClick={edit}>
            {t('actContinue')}
          </Button>
        )}
        {status === 'returned' && (
          <Button size="small" type="primary" onClick={edit} data-testid="act-edit">
            {t('actEdit')}
          </Button>
        )}
        {status === 'running' && (
          <Button size="small" onClick={() => setUrging(true)} data-testid="act-urge">
            {t('actUrge')}
          </Button>
        )}
        {(status === 'running' || status === 'returned') && (
          <Button size="small" danger onClick={withdraw} data-testid="act-withdraw">
            {t('actWithdraw')}
          </Button>
        )}
        {status !== 'draft' && (
          <Button size="small" onClick={() => void copy()} data-testid="act-copy">
            {t('actCopy')}
          </Button>
        )}
      </Space>
      {urging && (
        <UrgeDialog
          caseId={item.caseId}
          onClose={(urged) => {
            setUrging(false);
            if (urged) onChanged();
          }}
        />
      )}
    </span>
  );
}
