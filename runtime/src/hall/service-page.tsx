import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { ServiceDetail } from '@flowhall/client';
import { Alert, Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'umi';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { usePhone } from '../layouts/use-phone';
import { FavouriteStar } from './favourite-star';
import { useLoad } from './hall-data';
import { ServiceFacts } from './service-facts';
import { ServiceFlow } from './service-flow';
import { ServiceGuide } from './service-guide';
import { serviceName } from './service-labels';
import styles from './hall.less';

function Attachments({ service }: { service: ServiceDetail }) {
  if (!service.attachments.length) return null;
  return (
    <ul className={styles.attachments} data-testid="service-attachments">
      {service.attachments.map((file) => (
        <li key={file.fileId}>
          <a href={api.files.downloadUrl(file.fileId)} download={file.name}>
            <PaperClipOutlined /> {file.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A service's page (R3): facts, guide, attachments, the flow, favourite and "立即申请". */
export function ServicePage() {
  const { key = '' } = useParams<{ key: string }>();
  const { t, locale } = useLocale();
  const phone = usePhone();
  const navigate = useNavigate();
  const [load, reload] = useLoad(() => api.hall.service(key), [key]);
  const [favourite, setFavourite] = useState(false);
  useEffect(() => {
    if (load.status === 'ready') setFavourite(load.data.favourite);
  }, [load]);

  if (load.status === 'loading') return <Skeleton active paragraph={{ rows: 8 }} />;
  if (load.status === 'failed') {
    return (
      <Result
        status="404"
        title={t('serviceNotFound')}
        subTitle={load.message}
        extra={
          <Space>
            <Button onClick={reload}>{t('retry')}</Button>
            <Button type="primary" onClick={() => navigate('/')}>
              {t('backToHall')}
            </Button>
          </Space>
        }
      />
    );
  }
  const service = load.data;
  const canApply = service.mode === 'online' && service.definitionKey !== null;
  const guide = locale === 'en-US' && service.guideEn ? service.guideEn : service.guide;

  return (
    <div className={styles.servicePage} data-testid="service-page">
      <Link to="/" className={styles.back}>
        <ArrowLeftOutlined /> {t('backToHall')}
      </Link>
      <Card>
        <div className={styles.serviceHead}>
          <div className={styles.serviceTitle}>
            <Typography.Title level={3} className={styles.serviceTitleText}>
              {serviceName(service, locale)}
            </Typography.Title>
            {service.summary && <Typography.Text type="secondary">{service.summary}</Typography.Text>}
          </div>
          <Space wrap className={styles.serviceActions}>
            <FavouriteStar serviceKey={service.key} favourite={favourite} onChange={setFavourite} withLabel />
            {canApply ? (
              <Button
                type="primary"
                size="large"
                onClick={() => navigate(`/apply/${encodeURIComponent(service.key)}`)}
                data-testid="apply-now"
              >
                {t('start')}
              </Button>
            ) : (
              <Alert type="info" showIcon message={t('offlineOnlyHint')} />
            )}
          </Space>
        </div>
        <ServiceFacts service={service} phone={phone} />
      </Card>
      <Card title={t('serviceGuide')}>
        <ServiceGuide text={guide} />
        <Attachments service={service} />
      </Card>
      {service.definitionKey && (
        <Card title={t('serviceFlow')}>
          <ServiceFlow definitionKey={service.definitionKey} />
        </Card>
      )}
    </div>
  );
}
