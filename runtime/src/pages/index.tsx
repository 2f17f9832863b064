import type { Page, ServiceCard, ServiceQuery } from '@flowhall/client';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Input,
  Row,
  Segmented,
  Skeleton,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import styles from './index.less';

type Load =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; page: Page<ServiceCard> };

export default function HallPage() {
  const { t, locale } = useLocale();
  const [query, setQuery] = useState<ServiceQuery>({ sort: 'default', onlineOnly: false });
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  const fetchServices = useCallback(() => {
    setLoad({ status: 'loading' });
    api.hall
      .services(query)
      .then((page) => setLoad({ status: 'ready', page }))
      .catch((err: unknown) =>
        setLoad({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
      );
  }, [query]);

  useEffect(fetchServices, [fetchServices]);

  const modeLabel = (mode: ServiceCard['mode']) =>
    mode === 'online' ? t('online') : mode === 'offline' ? t('offline') : t('selfService');

  return (
    <div data-testid="hall">
      <div className={styles.toolbar}>
        <Typography.Title level={3} className={styles.title}>
          {t('hallTitle')}
        </Typography.Title>
        <Input.Search
          allowClear
          size="large"
          className={styles.search}
          placeholder={t('searchPlaceholder')}
          onSearch={(q) => setQuery((prev) => ({ ...prev, q }))}
          data-testid="hall-search"
        />
        <Space wrap size="middle">
          <Space>
            <Switch
              checked={query.onlineOnly}
              onChange={(onlineOnly) => setQuery((prev) => ({ ...prev, onlineOnly }))}
            />
            <span>{t('onlineOnly')}</span>
          </Space>
          <Segmented
            value={query.sort}
            onChange={(sort) => setQuery((prev) => ({ ...prev, sort: sort as ServiceQuery['sort'] }))}
            options={[
              { label: t('sortDefault'), value: 'default' },
              { label: t('sortVisits'), value: 'visits' },
            ]}
          />
        </Space>
      </div>
      {load.status === 'loading' && <Skeleton active paragraph={{ rows: 4 }} />}
      {load.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          message={t('loadFailed')}
          description={load.message}
          action={<Button onClick={fetchServices}>{t('retry')}</Button>}
        />
      )}
      {load.status === 'ready' && load.page.items.length === 0 && (
        <Card>
          <Empty description={t('noServices')} data-testid="hall-empty" />
        </Card>
      )}
      {load.status === 'ready' && load.page.items.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('servicesCount', { count: load.page.total })}</Typography.Text>
          <Row gutter={[16, 16]} className={styles.grid}>
            {load.page.items.map((service) => (
              <Col xs={24} sm={12} lg={8} key={service.id}>
                <Card className={styles.card} data-testid="service-card">
                  <Typography.Title level={5} className={styles.serviceName}>
                    {locale === 'en-US' && service.nameEn ? service.nameEn : service.name}
                  </Typography.Title>
                  <Space size={[4, 4]} wrap>
                    {service.category && <Tag color="blue">{service.category}</Tag>}
                    <Tag>{modeLabel(service.mode)}</Tag>
                    {service.department && <Tag>{service.department.name}</Tag>}
                  </Space>
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} className={styles.summary}>
                    {service.summary}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" className={styles.counters}>
                    {t('handled', { count: service.handled })} · {t('visits', { count: service.visits })}
                  </Typography.Text>
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
    </div>
  );
}
