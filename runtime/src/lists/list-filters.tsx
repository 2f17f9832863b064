import type { CaseStatus, ListItem } from '@flowhall/client';
import { Button, Select, Space } from 'antd';
import { useMemo } from 'react';
import { fetchServices, useLoad } from '../hall/hall-data';
import { serviceName } from '../hall/service-labels';
import { useLocale } from '../i18n/locale-context';
import { MINE_STATUSES, STATUS_LABEL } from './boxes';
import type { ListFilters as Filters } from './use-list';
import styles from './lists.less';

/** Filter by service (every box) and by status (my applications); what the lists API takes. */
export function ListFilters({
  filters,
  withStatus,
  items,
  onChange,
}: {
  filters: Filters;
  withStatus: boolean;
  items: ListItem[];
  onChange(filters: Filters): void;
}) {
  const { t, locale } = useLocale();
  const [services] = useLoad(() => fetchServices({ limit: 100 }), []);
  // Hall services share their key with their process; rows add processes the hall does not show me.
  const options = useMemo(() => {
    const byKey = new Map<string, string>();
    if (services.status === 'ready') {
      for (const service of services.data.items) byKey.set(service.key, serviceName(service, locale));
    }
    for (const item of items)
      if (!byKey.has(item.definition.key)) byKey.set(item.definition.key, item.definition.name);
    return [...byKey].map(([value, label]) => ({ value, label }));
  }, [services, items, locale]);

  return (
    <Space wrap className={styles.filters}>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('allServices')}
        value={filters.definitionKey}
        options={options}
        onChange={(definitionKey?: string) => onChange({ ...filters, definitionKey })}
        className={styles.serviceFilter}
        data-testid="filter-service"
      />
      {withStatus && (
        <Select
          allowClear
          placeholder={t('allStatuses')}
          value={filters.status}
          options={MINE_STATUSES.map((status) => ({ value: status, label: t(STATUS_LABEL[status]) }))}
          onChange={(status?: CaseStatus) => onChange({ ...filters, status })}
          className={styles.statusFilter}
          data-testid="filter-status"
        />
      )}
      {(filters.definitionKey || filters.status) && (
        <Button type="link" onClick={() => onChange({})}>
          {t('clearFilters')}
        </Button>
      )}
    </Space>
  );
}
