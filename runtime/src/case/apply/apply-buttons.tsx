import type { IFormStep } from '@formily/antd-v5';
import { observer } from '@formily/react';
import { Button, Checkbox } from 'antd';
import { useLocale } from '../../i18n/locale-context';

interface Props {
  formStep: IFormStep | undefined;
  busy: 'draft' | 'submit' | null;
  resubmit: boolean;
  /** 加急: the applicant's mark, sent with the submission. */
  urgent: boolean;
  onUrgent(urgent: boolean): void;
  onDraft(): void;
  onSubmit(): void;
}

/**
 * 暂存 / 上一步 / 下一步 / 正式提交 (R8). An observer, so the buttons follow the step the form is
 * on; submit appears on the last step only. On a phone the bar sticks to the bottom of the screen.
 */
export const ApplyButtons = observer(function ApplyButtons({
  formStep,
  busy,
  resubmit,
  urgent,
  onUrgent,
  onDraft,
  onSubmit,
}: Props) {
  const { t } = useLocale();
  const last = !formStep || !formStep.allowNext;
  return (
    <div className="fh-apply-bar">
      {!resubmit && (
        <Button
          onClick={onDraft}
          loading={busy === 'draft'}
          disabled={busy !== null}
          data-testid="apply-draft"
        >
          {t('applySaveDraft')}
        </Button>
      )}
      {formStep?.allowBack && (
        <Button onClick={() => void formStep.back()} disabled={busy !== null} data-testid="apply-back">
          {t('applyBack')}
        </Button>
      )}
      {!last && formStep && (
        <Button
          type="primary"
          onClick={() => void formStep.next()}
          disabled={busy !== null}
          data-testid="apply-next"
        >
          {t('applyNext')}
        </Button>
      )}
      {last && (
        <Checkbox
          checked={urgent}
          onChange={(e) => onUrgent(e.target.checked)}
          disabled={busy !== null}
          style={{ alignSelf: 'center' }}
          data-testid="apply-urgent"
        >
          {t('applyUrgent')}
        </Checkbox>
      )}
      {last && (
        <Button
          type="primary"
          onClick={onSubmit}
          loading={busy === 'submit'}
          disabled={busy !== null}
          data-testid="apply-submit"
        >
          {t(resubmit ? 'applyResubmit' : 'applySubmit')}
        </Button>
      )}
    </div>
  );
});
