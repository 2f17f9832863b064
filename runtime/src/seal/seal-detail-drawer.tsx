import type { SealDetail } from '@flowhall/plugin-seal/client';
import { Alert, Descriptions, Drawer, Image, Spin, Tag, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'umi';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { seal } from './seal-client';
import { SEAL_EVENT_LABEL, SEAL_STATUS_COLOR, SEAL_STATUS_LABEL } from './seal-labels';

const TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', hour12: false });

/** One seal's record and history; opens over the registry table. */
export function SealDetailDrawer({
  sealId,
  onClose,
  phone,
}: {
  sealId: number | undefined;
  onClose(): void;
  phone: boolean;
}) {
  const { t } = useLocale();
  const [detail, setDetail] = useState<SealDetail>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (sealId === undefined) return;
    let live = true;
    setDetail(undefined);
    setError(undefined);
    seal
      .seal(sealId)
      .then((d) => live && setDetail(d))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [sealId]);

  return (
    <Drawer
      open={sealId !== undefined}
      onClose={onClose}
      width={phone ? '100%' : 560}
      title={detail?.name ?? t('sealDetailTitle')}
      destroyOnClose
    >
      {error && <Alert type="error" message={t('sealLoadFailed', { message: error })} />}
      {!detail && !error && <Spin />}
      {detail && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('sealColType')}>{detail.sealTypeName}</Descriptions.Item>
            <Descriptions.Item label={t('sealColStatus')}>
              <Tag color={SEAL_STATUS_COLOR[detail.status]}>{t(SEAL_STATUS_LABEL[detail.status])}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('sealColUnit')}>{detail.department?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('sealColCustodian')}>
              {detail.custodian?.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('sealSupervisor')}>
              {detail.supervisor?.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('sealColActivated')}>{detail.activatedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('sealFilingNo')}>{detail.policeFilingNo ?? '—'}</Descriptions.Item>
            {detail.engraver && (
              <Descriptions.Item label={t('sealEngraver')}>{detail.engraver}</Descriptions.Item>
            )}
            {detail.engravedOn && (
              <Descriptions.Item label={t('sealEngravedOn')}>{detail.engravedOn}</Descriptions.Item>
            )}
            {detail.abolishedOn && (
              <Descriptions.Item label={t('sealAbolishedOn')}>{detail.abolishedOn}</Descriptions.Item>
            )}
            {detail.policeDeregistrationNo && (
              <Descriptions.Item label={t('sealDeregistrationNo')}>
                {detail.policeDeregistrationNo}
              </Descriptions.Item>
            )}
            {detail.impressionFileId && (
              <Descriptions.Item label={t('sealImpression')}>
                <Image
                  width={96}
                  src={api.files.downloadUrl(detail.impressionFileId)}
                  alt={t('sealImpression')}
                />
              </Descriptions.Item>
            )}
          </Descriptions>
          <h4 style={{ marginTop: 24 }}>{t('sealHistory')}</h4>
          <Timeline
            items={detail.history.map((event) => ({
              key: event.id,
              children: (
                <div>
                  <strong>{t(SEAL_EVENT_LABEL[event.kind])}</strong> · {TIME.format(new Date(event.at))}
                  {event.actor && <> · {event.actor.name}</>}
                  {event.caseId && (
                    <div>
                      <Link to={`/cases/${event.caseId}`}>
                        {t('sealEventCase', { serial: event.serialNo ?? `#${event.caseId}` })}
                      </Link>
                    </div>
                  )}
                  {event.note && <div style={{ color: '#666' }}>{event.note}</div>}
                </div>
              ),
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
