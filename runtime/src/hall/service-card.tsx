import type { ServiceCard as Service } from '@flowhall/client';
import { StarFilled } from '@ant-design/icons';
import { Space, Tag } from 'antd';
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
  const open = () => navigate(`/services/${encodeURIComponent(service.key)}`);

  return (
    <article
      className={styles.card}
      role="link"
      tabIndex={0}
      data-testid="service-card"
      data-service-key={service.key}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter') open();
      }}
    >
      <div className={styles.cardHead}>
        <h5 className={styles.serviceName}>{serviceName(service, locale)}</h5>
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
      <p className={styles.summary}>{service.summary}</p>
      <div className={styles.cardFoot}>
        <span className={styles.counters}>
          {t('handled', { count: service.handled })} · {t('visits', { count: service.visits })}
        </span>
        {rating && rating.count > 0 ? (
          <span
            className={styles.rate}
            title={t('ratingValue', { average: rating.average, count: rating.count })}
          >
            <StarFilled /> {rating.average.toFixed(1)}
          </span>
        ) : null}
      </div>
    </article>
  );
}
