import { ApiError } from '@flowhall/client';
import { Button, Result, Spin } from 'antd';
import { FormKitProvider } from '../form/form-kit';
import { useLocale } from '../i18n/locale-context';
import { CaseViewBody } from './case-view';
import { PrintBody } from './print/print-body';
import { useCaseData } from './use-case-data';
import './case.less';

/** Loads a case and shows it as the case view or the print view. */
export function CasePage({ caseId, print = false }: { caseId: number; print?: boolean }) {
  const { t } = useLocale();
  const { load, reload } = useCaseData(caseId);
  if (load.status === 'loading') return <Spin className="fh-page-spin" size="large" />;
  if (load.status === 'failed') {
    const notFound =
      load.error instanceof ApiError && (load.error.status === 404 || load.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={t(notFound ? 'caseNotFound' : 'loadFailed')}
        subTitle={notFound ? undefined : load.error instanceof Error ? load.error.message : undefined}
        extra={notFound ? undefined : <Button onClick={() => void reload()}>{t('retry')}</Button>}
      />
    );
  }
  return (
    <FormKitProvider>
      {print ? (
        <PrintBody data={load.data} />
      ) : (
        <CaseViewBody data={load.data} reload={() => void reload()} />
      )}
    </FormKitProvider>
  );
}
