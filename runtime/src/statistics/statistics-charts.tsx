import type { CaseStatistics } from '@flowhall/client';
import { Card, Col, Row } from 'antd';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocale } from '../i18n/locale-context';
import type { Messages } from '../i18n/messages';

// The charts (recharts) live in their own module so the page loads them lazily: they never reach
// the hall's first load. Animations are off: figures should read right away, and on slow phones.

const COLORS: Record<string, string> = {
  running: '#1677ff',
  approved: '#52c41a',
  rejected: '#ff4d4f',
  returned: '#faad14',
  withdrawn: '#8c8c8c',
  draft: '#d9d9d9',
};

export default function StatisticsCharts({ cases }: { cases: CaseStatistics }) {
  const { t } = useLocale();
  const statusName = (s: string) => t(`statsStatus_${s}` as keyof Messages);
  const statuses = [...new Set(cases.overTime.map((r) => r.status))];
  const periods = new Map<string, Record<string, number | string>>();
  for (const row of cases.overTime) {
    const entry = periods.get(row.period) ?? { period: row.period };
    entry[row.status] = row.count;
    periods.set(row.period, entry);
  }
  const height = 260;
  return (
    <Row gutter={[16, 16]} data-testid="statistics-charts">
      <Col xs={24} lg={16}>
        <Card size="small" title={t('statsOverTime')}>
          <ResponsiveContainer width="100%" height={height}>
            <LineChart data={[...periods.values()]} margin={{ left: -20, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="period" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} />
              <Tooltip />
              <Legend formatter={(value: string) => statusName(value)} />
              {statuses.map((s) => (
                <Line
                  key={s}
                  type="monotone"
                  dataKey={s}
                  name={s}
                  stroke={COLORS[s] ?? '#722ed1'}
                  dot
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('statsByStatus')}>
          <ResponsiveContainer width="100%" height={height}>
            <PieChart>
              <Pie
                isAnimationActive={false}
                data={cases.byStatus.map((r) => ({
                  name: statusName(r.status),
                  value: r.count,
                  status: r.status,
                }))}
                dataKey="value"
                nameKey="name"
                innerRadius="45%"
                outerRadius="75%"
                label
              >
                {cases.byStatus.map((r) => (
                  <Cell key={r.status} fill={COLORS[r.status] ?? '#722ed1'} />
                ))}
              </Pie>
              <Tooltip />
              <Legend />
            </PieChart>
          </ResponsiveContainer>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('statsByService')}>
          <ResponsiveContainer width="100%" height={height}>
            <BarChart data={cases.byService.slice(0, 10)} layout="vertical" margin={{ left: 8, right: 16 }}>
              <XAxis type="number" allowDecimals={false} fontSize={12} />
              <YAxis type="category" dataKey="name" width={110} fontSize={12} />
              <Tooltip />
              <Bar dataKey="count" name={t('statsCount')} fill="#1677ff" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('statsByDepartment')}>
          <ResponsiveContainer width="100%" height={height}>
            <BarChart
              data={cases.byDepartment.slice(0, 10)}
              layout="vertical"
              margin={{ left: 8, right: 16 }}
            >
              <XAxis type="number" allowDecimals={false} fontSize={12} />
              <YAxis type="category" dataKey="name" width={110} fontSize={12} />
              <Tooltip />
              <Bar dataKey="count" name={t('statsCount')} fill="#13c2c2" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </Card>
      </Col>
    </Row>
  );
}
