/**
 * The reports' filter, kept in the page's address so a view can be shared: the period (applied on submit,
 * with the last 30 days a click away) and a site and an organisation (applied as soon as they are chosen).
 */
import { Button, Group, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PeriodForm, type Period } from '../../components/PeriodForm';
import { defaultPeriod, filterChoicesQuery, type FilterChoices, type ReportFilter } from './reportsApi';

/** Sites grouped by their type (crossing points, centres, offices), in the API's order within each. */
function useSiteOptions(sites: FilterChoices['sites']) {
  const { t, i18n } = useTranslation();
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const site of sites) {
    const key = `siteTypes.${site.type}`;
    const group = i18n.exists(key) ? String(t(key as 'siteTypes.bcp')) : site.type;
    groups.set(group, [...(groups.get(group) ?? []), { value: site.id, label: site.name }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** Edits the filter; `onChange` gets the whole next filter (empty parts left out). */
export function ReportFilters({
  filter,
  onChange,
  errors,
}: {
  filter: ReportFilter;
  onChange: (filter: ReportFilter) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const choices = useQuery(filterChoicesQuery);
  const sites = useSiteOptions(choices.data?.sites ?? []);
  const organisations = (choices.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }));
  const fallback = defaultPeriod();
  const period: Period = { from: filter.from ?? fallback.from, to: filter.to ?? fallback.to };
  const set = (patch: Partial<ReportFilter>) => {
    const next = { ...filter, ...patch };
    onChange(Object.fromEntries(Object.entries(next).filter(([, value]) => value)) as ReportFilter);
  };
  return (
    <Stack gap="sm">
      <PeriodForm
        // A new period in the address (a shared link, the back button) starts the form again from it.
        key={`${period.from}/${period.to}`}
        initial={period}
        onApply={(next) => set(next)}
        errors={errors}
        labels={{
          form: t('reports.filters.label'),
          from: t('reports.filters.from'),
          to: t('reports.filters.to'),
          apply: t('reports.filters.apply'),
          toBeforeFrom: t('reports.filters.toBeforeFrom'),
        }}
        reset={{ label: t('reports.filters.lastDays'), period: () => defaultPeriod() }}
      />
      <Group align="flex-end" gap="sm" role="group" aria-label={t('reports.filters.where')}>
        <Select
          label={t('reports.filters.site')}
          placeholder={t('reports.filters.allSites')}
          data={sites}
          value={filter.siteId ?? null}
          onChange={(value) => set({ siteId: value ?? undefined })}
          error={errors.siteId}
          searchable
          clearable
          w={280}
        />
        <Select
          label={t('reports.filters.organisation')}
          placeholder={t('reports.filters.allOrganisations')}
          data={organisations}
          value={filter.organisationId ?? null}
          onChange={(value) => set({ organisationId: value ?? undefined })}
          error={errors.organisationId}
          searchable
          clearable
          w={320}
        />
        {(filter.siteId || filter.organisationId) && (
          <Button variant="subtle" onClick={() => set({ siteId: undefined, organisationId: undefined })}>
            {t('reports.filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
