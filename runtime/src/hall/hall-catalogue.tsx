import type { ServiceCard as Service } from '@flowhall/client';
import { Button, Col, Empty, Row, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/locale-context';
import { CatalogueFilters, CatalogueQuery, Grouping } from './catalogue-filters';
import { fetchServices, useLoad } from './hall-data';
import { Panel } from './panel';
import { ServiceCard } from './service-card';
import styles from './hall.less';

/** Every service the user may use (the server filters, R6), with the catalogue's filters. */
export function HallCatalogue({
  q,
  onFavouriteChange,
}: {
  q: string | undefined;
  onFavouriteChange(): void;
}) {
  const { t } = useLocale();
  const [grouping, setGrouping] = useState<Grouping>('department');
  const [query, setQuery] = useState<CatalogueQuery>({ sort: 'default', onlineOnly: false });
  const [load, reload] = useLoad(() => fetchServices({ ...query, q, limit: 100 }), [query, q]);
  const [items, setItems] = useState<Service[]>([]);
  useEffect(() => {
    if (load.status === 'ready') setItems(load.data.items);
  }, [load]);

  const onStar = (key: string, favourite: boolean) => {
    setItems((prev) => prev.map((s) => (s.key === key ? { ...s, favourite } : s)));
    onFavouriteChange();
  };

  return (
    <Panel
      className={styles.catalogue}
      title={q ? t('searchResults', { q }) : t('catalogue')}
      testId="hall-catalogue"
    >
      <CatalogueFilters
        query={query}
        grouping={grouping}
        onGrouping={setGrouping}
        onChange={(patch) => setQuery((prev) => ({ ...prev, ...patch }))}
      />
      {load.status === 'loading' && (
        <div className={styles.loading}>
          <Spin />
        </div>
      )}
      {load.status === 'failed' && (
        <div className={styles.failed} role="alert">
          <span>
            {t('loadFailed')}: {load.message}
          </span>
          <Button onClick={reload}>{t('retry')}</Button>
        </div>
      )}
      {load.status === 'ready' && items.length === 0 && (
        <Empty description={t('noServices')} data-testid="hall-empty" />
      )}
      {load.status === 'ready' && items.length > 0 && (
        <>
          <span className={styles.muted}>{t('servicesCount', { count: load.data.total })}</span>
          <Row gutter={[16, 16]} className={styles.grid}>
            {items.map((service) => (
              <Col xs={24} sm={12} xl={8} key={service.id}>
                <ServiceCard service={service} onFavouriteChange={onStar} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </Panel>
  );
}
