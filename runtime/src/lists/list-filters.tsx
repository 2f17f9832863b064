import type { CaseStatus, ListItem } from '@flowhall/client';
import { Button, Checkbox, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { fetchServices, useLoad } from '../hall/hall-data';
import { serviceName } from '../hall/service-labels';
import { useLocale } from '../i18n/locale-context';
import { MINE_STATUSES, STATUS_LABEL } from './boxes';
import type { ListFilters as Filters } from './use-list';
import styles from './lists.less';

const DAY = 'YYYY-MM-DD';

/**
 * Filter by service, keyword, arrival dates and 加急 (every box) and by status (my applications);
 * what the lists API takes.
 */
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
      <Input.Search
        // Remounted when the filter changes, so 清除筛选 empties the box too.
        key={filters.q ?? ''}
        allowClear
        defaultValue={filters.q}
        placeholder={t('filterKeyword')}
        onSearch={(q) => onChange({ ...filters, q: q.trim() || undefined })}
        className={styles.keywordFilter}
        data-testid="filter-keyword"
      />
      <DatePicker.RangePicker
        inputReadOnly
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        placeholder={[t('filterFrom'), t('filterTo')]}
        onChange={(range) =>
          onChange({ ...filters, from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })
        }
        className={styles.dateFilter}
        data-testid="filter-dates"
      />
      <Checkbox
        checked={filters.urgentOnly === true}
        onChange={(e) => onChange({ ...filters, urgentOnly: e.target.checked || undefined })}
        data-testid="filter-urgent"
      >
        {t('filterUrgent')}
      </Checkbox>
      {Object.values(filters).some((v) => v !== undefined) && (
        <Button type="link" onClick={() => onChange({})}>
          {t('clearFilters')}
        </Button>
      )}
    </Space>
  );
}
