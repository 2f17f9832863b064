import { App } from 'antd';
import { useState } from 'react';
import { useLocale } from '../i18n/locale-context';
import type { Messages } from '../i18n/messages';

/**
 * The applicant's small case dialogs (催办, rating): open state, and a send that shows the button
 * busy, then on success says so, closes and lets the page reload; on failure it shows the server's
 * message and keeps the dialog open so nothing typed is lost.
 */
export function useDialogSend(done: keyof Messages, onDone: () => void) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const send = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      message.success(t(done));
      setOpen(false);
      onDone();
    } catch (error) {
      message.error(error instanceof Error ? error.message : t('applyFailed'));
    } finally {
      setBusy(false);
    }
  };
  return { open, setOpen, busy, send };
}
