import { Card, Col, Rate, Row, Table } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { absoluteTime } from '../lists/time-format';
import type { StatisticsData } from './use-statistics';

/** Handling times, backlog and ratings as tables (they read better than charts on a phone). */
export function StatisticsTables({ data }: { data: StatisticsData }) {
  const { t } = useLocale();
  const hours = [
    { title: t('statsFinishedCount'), dataIndex: 'count', width: 80 },
    { title: t('statsAverageHours'), dataIndex: 'averageHours', width: 110 },
    { title: t('statsLongestHours'), dataIndex: 'longestHours', width: 100 },
  ];
  const scroll = { x: 'max-content' as const };
  return (
    <Row gutter={[16, 16]} data-testid="statistics-tables">
      <Col xs={24} xl={12}>
        <Card size="small" title={t('statsDurations')}>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={scroll}
            dataSource={data.durations.byService}
            columns={[{ title: t('statsService'), dataIndex: 'name' }, ...hours]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('statsDurationsByNode')}>
          <Table
            size="small"
            rowKey={(r) => `${r.key}/${r.nodeId}`}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            scroll={scroll}
            dataSource={data.durations.byNode}
            columns={[
              { title: t('statsService'), dataIndex: 'name' },
              { title: t('statsNode'), dataIndex: 'nodeName' },
              ...hours,
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('statsBacklog')}>
          <Table
            size="small"
            rowKey="userId"
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            scroll={scroll}
            dataSource={data.backlog}
            columns={[
              { title: t('statsApprover'), dataIndex: 'name' },
              { title: t('statsDepartment'), dataIndex: 'department' },
              { title: t('statsPending'), dataIndex: 'pending' },
              { title: t('statsOverdue'), dataIndex: 'overdue' },
              {
                title: t('statsOldest'),
                dataIndex: 'oldest',
                render: (v: string | null) => (v ? absoluteTime(v) : ''),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('statsRatings')}>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={scroll}
            dataSource={data.ratings}
            columns={[
              { title: t('statsService'), dataIndex: 'name' },
              { title: t('statsRatingCount'), dataIndex: 'count' },
              {
                title: t('statsRatingAverage'),
                dataIndex: 'average',
                render: (v: number) => (
                  <Rate disabled allowHalf value={Math.round(v * 2) / 2} style={{ fontSize: 14 }} />
                ),
              },
              { title: t('statsStars'), dataIndex: 'stars', render: (s: number[]) => s.join(' / ') },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
