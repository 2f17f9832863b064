import { SEAL_TYPES, type SealStatusKey, type SealView } from '@flowhall/plugin-seal/client';
import { Alert, Button, Card, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../i18n/locale-context';
import { usePhone } from '../../layouts/use-phone';
import { seal } from '../../seal/seal-client';
import { SealDetailDrawer } from '../../seal/seal-detail-drawer';
import { SEAL_STATUS_COLOR, SEAL_STATUS_LABEL } from '../../seal/seal-labels';
import { useUnitOptions } from '../../seal/unit-options';
import { useKeyset } from '../../seal/use-keyset';

const STATUSES: SealStatusKey[] = ['in-use', 'out', 'abolished'];

/** 印章台账: every seal with filters; a row opens its record and history. */
export default function SealRegistryPage() {
  const { t, locale } = useLocale();
  const phone = usePhone();
  const units = useUnitOptions();
  const [unit, setUnit] = useState<number>();
  const [type, setType] = useState<string>();
  const [status, setStatus] = useState<SealStatusKey>();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<number>();
  const list = useKeyset<SealView, Awaited<ReturnType<typeof seal.seals>>>(
    (cursor) => seal.seals({ unit, type, status, q: q || undefined, cursor, limit: 20 }),
    JSON.stringify([unit, type, status, q]),
  );
  const statusTag = (s: SealStatusKey) => <Tag color={SEAL_STATUS_COLOR[s]}>{t(SEAL_STATUS_LABEL[s])}</Tag>;

  return (
    <div className="fh-seal-registry">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('sealRegistryTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('sealRegistryHint')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap style={{ width: '100%' }}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('sealFilterUnit')}
            options={units}
            value={unit}
            onChange={setUnit}
            style={{ width: phone ? 'calc(50vw - 40px)' : 200 }}
          />
          <Select
            allowClear
            placeholder={t('sealFilterType')}
            options={SEAL_TYPES.map((s) => ({ value: s.key, label: locale === 'en-US' ? s.nameEn : s.name }))}
            value={type}
            onChange={setType}
            style={{ width: phone ? 'calc(50vw - 40px)' : 150 }}
          />
          <Select
            allowClear
            placeholder={t('sealFilterStatus')}
            options={STATUSES.map((s) => ({ value: s, label: t(SEAL_STATUS_LABEL[s]) }))}
            value={status}
            onChange={setStatus}
            style={{ width: phone ? 'calc(50vw - 40px)' : 120 }}
          />
          <Input.Search
            allowClear
            placeholder={t('sealFilterSearch')}
            onSearch={setQ}
            style={{ width: phone ? 'calc(50vw - 40px)' : 220 }}
          />
        </Space>
      </Card>
      {list.error && <Alert type="error" showIcon message={t('sealLoadFailed', { message: list.error })} />}
      {phone ? (
        <List
          loading={list.loading && !list.items.length}
          dataSource={list.items}
          locale={{ emptyText: t('sealEmpty') }}
          renderItem={(s) => (
            <List.Item
              onClick={() => setOpen(s.id)}
              style={{ cursor: 'pointer' }}
              extra={statusTag(s.status)}
            >
              <List.Item.Meta
                title={s.name}
                description={[s.sealTypeName, s.department?.name, s.custodian?.name]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<SealView>
          rowKey="id"
          size="middle"
          loading={list.loading && !list.items.length}
          dataSource={list.items}
          pagination={false}
          locale={{ emptyText: t('sealEmpty') }}
          onRow={(s) => ({ onClick: () => setOpen(s.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('sealColName'), dataIndex: 'name' },
            { title: t('sealColType'), dataIndex: 'sealTypeName', width: 120 },
            { title: t('sealColUnit'), render: (_v, s) => s.department?.name ?? '—' },
            { title: t('sealColCustodian'), render: (_v, s) => s.custodian?.name ?? '—', width: 120 },
            { title: t('sealColStatus'), render: (_v, s) => statusTag(s.status), width: 100 },
            { title: t('sealColActivated'), dataIndex: 'activatedOn', width: 120 },
          ]}
        />
      )}
      <div style={{ textAlign: 'center', margin: 16 }}>
        {list.hasMore ? (
          <Button onClick={list.more} loading={list.loading}>
            {t('sealLoadMore')}
          </Button>
        ) : (
          list.items.length > 0 && <Typography.Text type="secondary">{t('sealNoMore')}</Typography.Text>
        )}
      </div>
      <SealDetailDrawer sealId={open} onClose={() => setOpen(undefined)} phone={phone} />
    </div>
  );
}
