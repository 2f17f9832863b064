import type { ServiceDetail } from '@flowhall/client';
import { Descriptions, Rate, Space, Tag, Typography } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { AUDIENCE_LABEL, MODE_LABEL } from './service-labels';

/** Department, audience, mode, category, counters (R3) and rating of a service. */
export function ServiceFacts({ service, phone }: { service: ServiceDetail; phone: boolean }) {
  const { t } = useLocale();
  const rating = service.rating;
  return (
    <Descriptions column={phone ? 1 : 2} size="small" bordered data-testid="service-facts">
      <Descriptions.Item label={t('serviceDepartment')}>{service.department?.name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('serviceAudience')}>
        <Space size={[4, 4]} wrap>
          {service.audience.map((audience) => (
            <Tag key={audience}>{t(AUDIENCE_LABEL[audience])}</Tag>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('serviceMode')}>{t(MODE_LABEL[service.mode])}</Descriptions.Item>
      <Descriptions.Item label={t('serviceCategory')}>
        {[service.category, service.theme].filter(Boolean).join(' · ') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('serviceCounters')}>
        <span data-testid="service-counters">
          {t('handled', { count: service.handled })} · {t('visits', { count: service.visits })}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('serviceRating')}>
        {rating && rating.count > 0 ? (
          <Space size={6} wrap>
            <Rate disabled allowHalf value={rating.average} style={{ fontSize: 14 }} />
            <Typography.Text type="secondary">
              {t('ratingValue', { average: rating.average, count: rating.count })}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('noRating')}</Typography.Text>
        )}
      </Descriptions.Item>
      {service.offlineLocation && (
        <Descriptions.Item label={t('serviceLocation')}>{service.offlineLocation}</Descriptions.Item>
      )}
      {service.contact && (
        <Descriptions.Item label={t('serviceContact')}>{service.contact}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
