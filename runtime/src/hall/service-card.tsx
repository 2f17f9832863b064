import type { ServiceCard as Service } from '@flowhall/client';
import { Card, Rate, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'umi';
import { useLocale } from '../i18n/locale-context';
import { FavouriteStar } from './favourite-star';
import { MODE_LABEL, serviceName } from './service-labels';
import styles from './hall.less';

/** One service in the catalogue: opens the service page; the star toggles the favourite. */
export function ServiceCard({
  service,
  onFavouriteChange,
}: {
  service: Service;
  onFavouriteChange?(key: string, favourite: boolean): void;
}) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const { rating } = service;

  return (
    <Card
      hoverable
      className={styles.card}
      data-testid="service-card"
      data-service-key={service.key}
      onClick={() => navigate(`/services/${encodeURIComponent(service.key)}`)}
    >
      <div className={styles.cardHead}>
        <Typography.Title level={5} className={styles.serviceName}>
          {serviceName(service, locale)}
        </Typography.Title>
        <FavouriteStar
          serviceKey={service.key}
          favourite={service.favourite}
          onChange={(favourite) => onFavouriteChange?.(service.key, favourite)}
        />
      </div>
      <Space size={[4, 4]} wrap>
        {service.category && <Tag color="blue">{service.category}</Tag>}
        <Tag color={service.mode === 'online' ? 'green' : 'default'}>{t(MODE_LABEL[service.mode])}</Tag>
        {service.department && <Tag>{service.department.name}</Tag>}
      </Space>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} className={styles.summary}>
        {service.summary}
      </Typography.Paragraph>
      <div className={styles.cardFoot}>
        <Typography.Text type="secondary" className={styles.counters}>
          {t('handled', { count: service.handled })} · {t('visits', { count: service.visits })}
        </Typography.Text>
        {rating && rating.count > 0 ? (
          <Rate disabled allowHalf value={rating.average} className={styles.rate} />
        ) : null}
      </div>
    </Card>
  );
}
