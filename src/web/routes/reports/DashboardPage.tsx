/** One module's dashboard: its indicators over the filter in the address. */
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { dashboardQuery } from './reportsApi';
import { ReportView } from './ReportView';

const frame = getRouteApi('/app/reports');
const route = getRouteApi('/app/reports/dashboards/$module');

/** A module's dashboard tab. */
export function DashboardPage() {
  const filter = frame.useSearch();
  const { module } = route.useParams();
  return <ReportView report={useQuery(dashboardQuery(module, filter))} />;
}
