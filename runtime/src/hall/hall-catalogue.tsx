import type { ServiceCard as Service } from '@flowhall/client';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/locale-context';
import { CatalogueFilters, CatalogueQuery, Grouping } from './catalogue-filters';
import { fetchServices, useLoad } from './hall-data';
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
    <Card
      className={styles.catalogue}
      title={q ? t('searchResults', { q }) : t('catalogue')}
      data-testid="hall-catalogue"
    >
      <CatalogueFilters
        query={query}
        grouping={grouping}
        onGrouping={setGrouping}
        onChange={(patch) => setQuery((prev) => ({ ...prev, ...patch }))}
      />
      {load.status === 'loading' && <Skeleton active paragraph={{ rows: 4 }} />}
      {load.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          message={t('loadFailed')}
          description={load.message}
          action={<Button onClick={reload}>{t('retry')}</Button>}
        />
      )}
      {load.status === 'ready' && items.length === 0 && (
        <Empty description={t('noServices')} data-testid="hall-empty" />
      )}
      {load.status === 'ready' && items.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('servicesCount', { count: load.data.total })}</Typography.Text>
          <Row gutter={[16, 16]} className={styles.grid}>
            {items.map((service) => (
              <Col xs={24} sm={12} xl={8} key={service.id}>
                <ServiceCard service={service} onFavouriteChange={onStar} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </Card>
  );
}
