import { Suspense } from 'react';
import { Alert, Grid, Spin, Tabs } from 'antd';
import type { DefinitionProblem, ProcessDefinition } from '@flowhall/schema';
import { useFormKit } from '../../form/form-kit';
import { useLocale } from '../../i18n/locale-context';
import { HallMetaForm } from './hall-meta-form';
import { LazyFlowDesigner, LazyFormDesigner } from './lazy-designers';

export type EditorTab = 'form' | 'flow' | 'hall';

/** The three views of one definition: form, flow, hall metadata; read-only for a published version. */
export function DefinitionTabs({
  definition,
  problems,
  readOnly,
  tab,
  onTab,
  onChange,
}: {
  definition: ProcessDefinition;
  problems: DefinitionProblem[];
  readOnly: boolean;
  tab: EditorTab;
  onTab: (tab: EditorTab) => void;
  onChange: (next: ProcessDefinition) => void;
}) {
  const { t } = useLocale();
  const { registry } = useFormKit();
  const screens = Grid.useBreakpoint();
  const loading = <Spin tip={t('editorLoading')} style={{ display: 'block', padding: 48 }} />;
  return (
    <>
      {/* The designers need room for palette, canvas and panel; a phone can still read them. */}
      {screens.lg === false ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('editorWideScreen')} />
      ) : null}
      {/* Wide designers scroll inside the card instead of pushing the page sideways. */}
      <div style={{ overflowX: 'auto' }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => onTab(k as EditorTab)}
          destroyInactiveTabPane
          items={[
            {
              key: 'form',
              label: t('editorTabForm'),
              children: (
                <Suspense fallback={loading}>
                  <LazyFormDesigner
                    doc={{ form: definition.form, flow: definition.flow }}
                    registry={registry}
                    readOnly={readOnly}
                    onChange={(doc) => onChange({ ...definition, form: doc.form, flow: doc.flow })}
                  />
                </Suspense>
              ),
            },
            {
              key: 'flow',
              label: t('editorTabFlow'),
              children: (
                <Suspense fallback={loading}>
                  <LazyFlowDesigner
                    flow={definition.flow}
                    form={definition.form}
                    problems={readOnly ? [] : problems}
                    readOnly={readOnly}
                    onChange={(flow) => onChange({ ...definition, flow })}
                  />
                </Suspense>
              ),
            },
            {
              key: 'hall',
              label: t('editorTabHall'),
              children: <HallMetaForm definition={definition} readOnly={readOnly} onChange={onChange} />,
            },
          ]}
        />
      </div>
    </>
  );
}
