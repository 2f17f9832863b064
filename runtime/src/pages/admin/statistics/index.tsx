import { StatisticsPage } from '../../../statistics/statistics-page';

/** /admin/statistics (issue 8). */
export default function AdminStatistics() {
  return <StatisticsPage />;
}
