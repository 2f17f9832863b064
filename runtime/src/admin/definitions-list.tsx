import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { DefinitionSummary } from '@flowhall/schema';
import { useNavigate } from 'umi';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { CreateDefinitionModal } from './create-definition-modal';

/** `/admin/definitions`: every process with its published version, draft and baseline status. */
export function DefinitionsList() {
  const { t } = useLocale();
  const [items, setItems] = useState<DefinitionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  const load = useCallback(() => {
    api.definitions
      .list()
      .then(({ items: rows }) => setItems(rows))
      .catch((err: Error) => setError(err.message));
  }, []);
  useEffect(load, [load]);

  const open = (key: string) => navigate(`/admin/definitions/${encodeURIComponent(key)}`);

  return (
    <Card
      title={t('defsTitle')}
      extra={
        <Button type="primary" onClick={() => setCreating(true)} data-testid="new-definition">
          {t('defsNew')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('defsSubtitle')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon message={t('defsLoadFailed')} description={error} /> : null}
      <Table<DefinitionSummary>
        rowKey="key"
        loading={items === null && !error}
        dataSource={items ?? []}
        locale={{ emptyText: t('defsEmpty') }}
        scroll={{ x: 760 }}
        onRow={(row) => ({ onClick: () => open(row.key), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('defsColName'),
            dataIndex: 'name',
            render: (name: string, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Link onClick={() => open(row.key)}>{name}</Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.key}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('defsColCategory'), dataIndex: 'category', render: (c: string | null) => c ?? '—' },
          {
            title: t('defsColVersion'),
            dataIndex: 'latestVersion',
            render: (v: number) =>
              v > 0 ? <Tag color="blue">v{v}</Tag> : <Tag>{t('defsNotPublished')}</Tag>,
          },
          {
            title: t('defsColStatus'),
            render: (_: unknown, row) => (
              <Space wrap size={4}>
                {row.hasDraft ? (
                  <Tag color="gold">{t('defsDraft', { revision: row.draftRevision })}</Tag>
                ) : (
                  <Tag>{t('defsNoDraft')}</Tag>
                )}
                {row.offeredBaselineVersion ? (
                  <Tag color="purple">
                    {t('defsBaselineOffered', { version: row.offeredBaselineVersion })}
                  </Tag>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('defsColSource'),
            dataIndex: 'source',
            responsive: ['md'],
            render: (s: string) =>
              s === 'local' || !s ? t('defsSourceLocal') : t('defsSourcePlugin', { name: s }),
          },
          {
            title: t('defsColUpdated'),
            dataIndex: 'updatedAt',
            responsive: ['md'],
            render: (d: string) => new Date(d).toLocaleString(),
          },
        ]}
      />
      <CreateDefinitionModal
        open={creating}
        existing={items ?? []}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          open(key);
        }}
      />
    </Card>
  );
}
