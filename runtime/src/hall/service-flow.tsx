import type { ProcessStart } from '@flowhall/client';
import { Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { useLoad } from './hall-data';

// LogicFlow is large: the viewer loads only when a service page shows a flow, never with the hall.
/** Stable empty lists: new arrays on every render would make the viewer redraw each time. */
const NONE: string[] = [];

const FlowViewer = lazy(() =>
  import('@flowhall/designer/flow-viewer').then((m) => ({ default: m.FlowViewer })),
);

/** The service's approval flow, read-only (R3 办理流程). */
export function ServiceFlow({ definitionKey }: { definitionKey: string }) {
  const { t } = useLocale();
  const [load] = useLoad<ProcessStart['flow']>(
    () => api.cases.process(definitionKey).then((p) => p.flow),
    [definitionKey],
  );
  if (load.status === 'loading') return <Skeleton active paragraph={{ rows: 4 }} />;
  if (load.status === 'failed') return <Typography.Text type="secondary">{t('noFlow')}</Typography.Text>;
  return (
    <div data-testid="service-flow">
      <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
        <FlowViewer flow={load.data} visited={NONE} current={NONE} legend={false} />
      </Suspense>
    </div>
  );
}
