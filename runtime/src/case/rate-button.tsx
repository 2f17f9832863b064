import type { CaseView } from '@flowhall/schema';
import { Button, Input, Modal, Rate } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { useDialogSend } from './use-dialog-send';

/** The applicant rates a finished case once (R29); afterwards the stars are shown instead. */
export function RateButton({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useLocale();
  const [stars, setStars] = useState(5);
  const [comment, setComment] = useState('');
  const { open, setOpen, busy, send } = useDialogSend('caseRated', onDone);
  if (view.rating) {
    return (
      <span className="fh-rated" data-testid="case-rated">
        {t('caseMyRating')} <Rate disabled value={view.rating.stars} />
      </span>
    );
  }
  if (!view.can.rate) return null;
  const rate = () =>
    api.hall.rate(view.id, {
      stars: stars as 1 | 2 | 3 | 4 | 5,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="case-rate">
        {t('caseRate')}
      </Button>
      <Modal
        open={open}
        title={t('caseRateTitle')}
        okText={t('caseRateSend')}
        cancelText={t('cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => send(rate)}
        onCancel={() => setOpen(false)}
      >
        <Rate value={stars} onChange={(value) => setStars(value || 1)} />
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder={t('caseRateComment')}
          style={{ marginTop: 12 }}
        />
      </Modal>
    </>
  );
}
