import type { StatisticsScopeOptions } from '@flowhall/client';
import { Tag, Tooltip, TreeSelect, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';

/** What the signed-in person may see; `error` is the API's message (403 for people with no unit). */
export function useStatisticsScope(): {
  scope: StatisticsScopeOptions | undefined;
  error: string | undefined;
} {
  const [scope, setScope] = useState<StatisticsScopeOptions>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    api.statistics
      .scope()
      .then((s) => live && setScope(s))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, []);
  return { scope, error };
}

/**
 * Administrators pick any department (cleared: the whole university); a department head's scope is
 * their own unit, shown fixed: the server would refuse any other (STATISTICS_OUT_OF_SCOPE).
 */
export function StatisticsScopePicker(props: {
  scope: StatisticsScopeOptions;
  value: number | undefined;
  onChange: (departmentId: number | undefined) => void;
}) {
  const { t } = useLocale();
  const { scope, value, onChange } = props;
  if (!scope.organisationWide) {
    const units = scope.departments.filter((d) => d.parentId === null).map((d) => d.name);
    return (
      <Tooltip title={t('statsOwnUnitHint')}>
        <span data-testid="statistics-scope">
          <Typography.Text type="secondary">{t('statsScope')}：</Typography.Text>
          {units.map((name) => (
            <Tag key={name} color="blue">
              {name}
            </Tag>
          ))}
        </span>
      </Tooltip>
    );
  }
  return (
    <TreeSelect
      allowClear
      showSearch
      treeNodeFilterProp="title"
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeDefaultExpandAll
      style={{ minWidth: 200 }}
      placeholder={t('statsWholeOrganisation')}
      aria-label={t('statsScope')}
      data-testid="statistics-scope"
      value={value}
      onChange={(v: number | undefined) => onChange(v ?? undefined)}
      treeData={scope.departments.map((d) => ({
        id: d.id,
        pId: d.parentId ?? 0,
        value: d.id,
        title: d.name,
      }))}
    />
  );
}
