import { DownloadOutlined } from '@ant-design/icons';
import type { StatisticsQuery } from '@flowhall/client';
import { Alert, Button, Card, Col, Empty, Input, Row, Segmented, Select, Space, Spin, Statistic } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { StatisticsScopePicker, useStatisticsScope } from './statistics-scope-picker';
import { StatisticsTables } from './statistics-tables';
import { useStatistics } from './use-statistics';

// recharts is only in this chunk, loaded when the page shows charts.
const StatisticsCharts = lazy(() => import('./statistics-charts'));

const day = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/**
 * /admin/statistics: figures for a period, charts, tables and an Excel export (R29). Administrators
 * see the university or a department they pick; department heads their own unit.
 */
export function StatisticsPage() {
  const { t } = useLocale();
  const today = new Date();
  const [from, setFrom] = useState(
    day(new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1)),
  );
  const [to, setTo] = useState(day(today));
  const [interval, setGrain] = useState<'month' | 'day'>('month');
  const [definitionKey, setDefinitionKey] = useState<string>();
  const [departmentId, setDepartmentId] = useState<number>();
  const { scope, error: scopeError } = useStatisticsScope();
  const query: StatisticsQuery = useMemo(
    () => ({ from, to, interval, definitionKey, departmentId }),
    [from, to, interval, definitionKey, departmentId],
  );
  const { data, loading, error } = useStatistics(query, !!scope);
  const [services, setServices] = useState<Array<{ value: string; label: string }>>([]);
  // The service choices are the services of the unfiltered period.
  useEffect(() => {
    if (data && !definitionKey)
      setServices(data.cases.byService.map((s) => ({ value: s.key, label: s.name })));
  }, [data, definitionKey]);

  if (scopeError)
    return <Alert type="warning" showIcon message={t('statsForbidden')} description={scopeError} />;

  const total = data?.cases.byStatus.reduce((n, r) => n + r.count, 0) ?? 0;
  const finished = data?.durations.byService.reduce((n, r) => n + r.count, 0) ?? 0;
  const averageHours = finished
    ? Math.round(
        (data!.durations.byService.reduce((n, r) => n + r.averageHours * r.count, 0) / finished) * 10,
      ) / 10
    : 0;
  const rated = data?.ratings.reduce((n, r) => n + r.count, 0) ?? 0;
  const rating = rated
    ? Math.round((data!.ratings.reduce((n, r) => n + r.average * r.count, 0) / rated) * 100) / 100
    : 0;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="statistics-page">
      <Card
        title={t('statsTitle')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            href={api.statistics.exportUrl(query)}
            data-testid="statistics-export"
          >
            {t('statsExport')}
          </Button>
        }
      >
        <Space wrap size={12}>
          {scope && <StatisticsScopePicker scope={scope} value={departmentId} onChange={setDepartmentId} />}
          <Space.Compact>
            <Input
              type="date"
              value={from}
              max={to}
              onChange={(e) => e.target.value && setFrom(e.target.value)}
              aria-label={t('statsPeriod')}
            />
            <Input
              type="date"
              value={to}
              min={from}
              onChange={(e) => e.target.value && setTo(e.target.value)}
              aria-label={t('statsPeriod')}
            />
          </Space.Compact>
          <Segmented
            value={interval}
            onChange={(v) => setGrain(v as 'month' | 'day')}
            options={[
              { value: 'month', label: t('statsByMonth') },
              { value: 'day', label: t('statsByDay') },
            ]}
          />
          <Select
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('statsAllServices')}
            value={definitionKey}
            onChange={setDefinitionKey}
            options={services}
          />
        </Space>
      </Card>
      {error && <Alert type="error" showIcon message={error} />}
      {!data && (loading || !scope) && (
        <Spin size="large" style={{ display: 'block', margin: '48px auto' }} />
      )}
      {data && (
        <Spin spinning={loading}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Row gutter={[16, 16]}>
              {[
                [t('statsTotal'), total],
                [t('statsFinished'), finished],
                [t('statsAverageHours'), averageHours],
                [t('statsRatingAverage'), rating],
              ].map(([title, value]) => (
                <Col key={String(title)} xs={12} md={6}>
                  <Card size="small">
                    <Statistic title={title} value={value} />
                  </Card>
                </Col>
              ))}
            </Row>
            {total === 0 ? (
              <Card>
                <Empty description={t('statsNoData')} />
              </Card>
            ) : (
              <Suspense fallback={<Spin style={{ display: 'block', margin: '24px auto' }} />}>
                <StatisticsCharts cases={data.cases} />
              </Suspense>
            )}
            <StatisticsTables data={data} />
          </Space>
        </Spin>
      )}
    </Space>
  );
}
