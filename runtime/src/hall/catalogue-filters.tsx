import type { CategoryGroups, Identity, ServiceQuery } from '@flowhall/client';
import { Segmented, Space, Switch, Tag } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { fetchCategories, useLoad } from './hall-data';
import { AUDIENCE_LABEL } from './service-labels';
import styles from './hall.less';

export type Grouping = 'department' | 'theme';
/** What the catalogue asks for; `rating` ranks by users' ratings (R5). */
export type CatalogueQuery = ServiceQuery & { sort: 'default' | 'visits' | 'rating' };

const AUDIENCES: Identity[] = ['staff', 'undergraduate', 'postgraduate'];

function GroupTags({
  groups,
  grouping,
  query,
  onChange,
}: {
  groups: CategoryGroups;
  grouping: Grouping;
  query: CatalogueQuery;
  onChange(patch: Partial<CatalogueQuery>): void;
}) {
  const { t } = useLocale();
  const options =
    grouping === 'department'
      ? groups.byDepartment.map((g) => ({
          key: String(g.departmentId),
          label: g.name,
          count: g.count,
          active: query.departmentId === g.departmentId,
          patch: { departmentId: g.departmentId ?? undefined, theme: undefined },
        }))
      : groups.byTheme.map((g) => ({
          key: g.theme ?? '-',
          label: g.theme ?? t('noTheme'),
          count: g.count,
          active: query.theme === g.theme,
          patch: { theme: g.theme ?? undefined, departmentId: undefined },
        }));
  const none = query.departmentId === undefined && query.theme === undefined;
  return (
    <div className={styles.groupTags} data-testid="group-tags">
      <Tag.CheckableTag
        checked={none}
        onChange={() => onChange({ departmentId: undefined, theme: undefined })}
      >
        {t('allGroups')} {groups.total}
      </Tag.CheckableTag>
      {options.map((option) => (
        <Tag.CheckableTag
          key={option.key}
          checked={option.active}
          onChange={(checked) =>
            onChange(checked ? option.patch : { departmentId: undefined, theme: undefined })
          }
        >
          {option.label} {option.count}
        </Tag.CheckableTag>
      ))}
    </div>
  );
}

/** Department or theme (R1), audience, online only and order (R2, R5). */
export function CatalogueFilters({
  query,
  grouping,
  onGrouping,
  onChange,
}: {
  query: CatalogueQuery;
  grouping: Grouping;
  onGrouping(grouping: Grouping): void;
  onChange(patch: Partial<CatalogueQuery>): void;
}) {
  const { t } = useLocale();
  const [groups] = useLoad(fetchCategories, []);
  return (
    <div className={styles.filters}>
      <Segmented
        value={grouping}
        onChange={(value) => {
          onGrouping(value as Grouping);
          onChange({ departmentId: undefined, theme: undefined });
        }}
        options={[
          { label: t('byDepartment'), value: 'department' },
          { label: t('byTheme'), value: 'theme' },
        ]}
      />
      {groups.status === 'ready' && (
        <GroupTags groups={groups.data} grouping={grouping} query={query} onChange={onChange} />
      )}
      <Space wrap size={[12, 8]} className={styles.filterRow}>
        <Segmented
          value={query.audience ?? 'all'}
          onChange={(value) => onChange({ audience: value === 'all' ? undefined : (value as Identity) })}
          options={[
            { label: t('audienceAll'), value: 'all' },
            ...AUDIENCES.map((audience) => ({ label: t(AUDIENCE_LABEL[audience]), value: audience })),
          ]}
          data-testid="audience-filter"
        />
        <Segmented
          value={query.sort}
          onChange={(value) => onChange({ sort: value as CatalogueQuery['sort'] })}
          options={[
            { label: t('sortDefault'), value: 'default' },
            { label: t('sortVisits'), value: 'visits' },
            { label: t('sortRating'), value: 'rating' },
          ]}
          data-testid="sort-filter"
        />
        <label className={styles.switchLabel}>
          <Switch
            size="small"
            checked={query.onlineOnly ?? false}
            onChange={(onlineOnly) => onChange({ onlineOnly })}
            data-testid="online-only"
          />
          <span>{t('onlineOnly')}</span>
        </label>
      </Space>
    </div>
  );
}
