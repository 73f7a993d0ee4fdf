/** The national indicators page: every indicator the caller may see, over the filter in the address. */
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { indicatorsQuery } from './reportsApi';
import { ReportView } from './ReportView';

const route = getRouteApi('/app/reports');

/** The national indicators tab. */
export function IndicatorsPage() {
  const filter = route.useSearch();
  return <ReportView report={useQuery(indicatorsQuery(filter))} />;
}
