import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { FormKitProvider } from '../../form/form-kit';
import { useLocale } from '../../i18n/locale-context';
import { useSession } from '../../session/session-context';
import { ApplyEditor } from './apply-editor';
import { loadApplySource, type ApplySource, type ApplyTarget } from './apply-source';
import '../case.less';

type Load =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; source: ApplySource };

/** `/apply/:key` and `/cases/:id/edit`: loads the form, then hands it to the editor. */
export function ApplyPage({ target }: { target: ApplyTarget }) {
  const { t } = useLocale();
  const { state } = useSession();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const profile = state.status === 'signed-in' ? state.user : null;
  const targetKey = target.kind === 'new' ? `new:${target.key}` : `edit:${target.caseId}`;

  useEffect(() => {
    if (!profile) return;
    let live = true;
    setLoad({ status: 'loading' });
    loadApplySource(target, profile)
      .then((source) => live && setLoad({ status: 'ready', source }))
      .catch(
        (error: unknown) =>
          live &&
          setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [targetKey, profile?.id, attempt]);

  if (load.status === 'loading') return <Spin className="fh-page-spin" size="large" />;
  if (load.status === 'failed') {
    return (
      <Result
        status="warning"
        title={t('loadFailed')}
        subTitle={load.message}
        extra={<Button onClick={() => setAttempt((n) => n + 1)}>{t('retry')}</Button>}
      />
    );
  }
  return (
    <FormKitProvider>
      <ApplyEditor source={load.source} />
    </FormKitProvider>
  );
}
