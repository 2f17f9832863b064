import type { LedgerKind, LedgerPage, LedgerRow } from '@flowhall/plugin-seal/client';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Input,
  List,
  Space,
  Table,
  Tabs,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'umi';
import { useLocale } from '../../i18n/locale-context';
import { usePhone } from '../../layouts/use-phone';
import { seal } from '../../seal/seal-client';
import { LEDGER_TABS } from '../../seal/seal-labels';
import { useKeyset } from '../../seal/use-keyset';

const day = (value: Dayjs | null | undefined): string | undefined => value?.format('YYYY-MM-DD');

/** 登记簿: one tab per ledger, a date range and search, and the same selection as an Excel file. */
export default function SealLedgersPage() {
  const { t } = useLocale();
  const phone = usePhone();
  const [kind, setKind] = useState<LedgerKind>('seal-uses');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [q, setQ] = useState('');
  const filters = { from: day(range?.[0]), to: day(range?.[1]), q: q || undefined };
  const list = useKeyset<LedgerRow, LedgerPage>(
    (cursor) => seal.ledger(kind, { ...filters, cursor, limit: 30 }),
    JSON.stringify([kind, filters]),
  );
  const columns = list.first?.kind === kind ? list.first.columns : [];
  const cell = (value: LedgerRow[string]) => (value === null || value === '' ? '—' : String(value));
  // A letter's row id is the letter's: the office prints (or reprints) it from here.
  const printLink = (row: LedgerRow) =>
    kind === 'letters' ? <Link to={`/seal/letters/${row.id}/print`}>{t('sealPrintLetter')}</Link> : null;

  return (
    <div className="fh-seal-ledgers">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('sealLedgersTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('sealLedgersHint')}</Typography.Paragraph>
      <Tabs
        activeKey={kind}
        onChange={(key) => setKind(key as LedgerKind)}
        items={LEDGER_TABS.map((tab) => ({ key: tab.kind, label: t(tab.label) }))}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap style={{ width: '100%' }}>
          <DatePicker.RangePicker
            value={range}
            onChange={(value) => setRange(value)}
            aria-label={t('sealDateRange')}
            style={{ width: phone ? 'calc(100vw - 72px)' : 280 }}
          />
          <Input.Search
            allowClear
            placeholder={t('sealLedgerSearch')}
            onSearch={setQ}
            style={{ width: phone ? 'calc(100vw - 72px)' : 220 }}
          />
          <Button type="primary" href={seal.ledgerExportPath(kind, filters)} download>
            {t('sealExport')}
          </Button>
        </Space>
      </Card>
      {list.error && <Alert type="error" showIcon message={t('sealLoadFailed', { message: list.error })} />}
      {phone ? (
        <List
          loading={list.loading && !list.items.length}
          dataSource={list.items}
          locale={{ emptyText: t('sealEmpty') }}
          renderItem={(row) => (
            <List.Item>
              <Descriptions size="small" column={1} style={{ width: '100%' }}>
                {columns.map((c) => (
                  <Descriptions.Item key={c.key} label={c.title}>
                    {cell(row[c.key])}
                  </Descriptions.Item>
                ))}
                {kind === 'letters' && <Descriptions.Item>{printLink(row)}</Descriptions.Item>}
              </Descriptions>
            </List.Item>
          )}
        />
      ) : (
        <Table<LedgerRow>
          rowKey="id"
          size="small"
          loading={list.loading && !list.items.length}
          dataSource={list.items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('sealEmpty') }}
          columns={[
            ...(kind === 'letters'
              ? [{ key: 'print', title: '', render: (_v: unknown, row: LedgerRow) => printLink(row) }]
              : []),
            ...columns.map((c) => ({
              key: c.key,
              title: c.title,
              render: (_v: unknown, row: LedgerRow) => cell(row[c.key]),
            })),
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
    </div>
  );
}
