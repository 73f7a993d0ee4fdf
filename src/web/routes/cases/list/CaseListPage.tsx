/** The case list: filters in the address, a page of cases, the export of the list (CSV/XLSX), HTCDS export, "new case". */
import { Button, Group, Pagination, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { useFormat } from '../../../format';
import { can, useMe } from '../../../session';
import { casesQuery, caseTypesQuery, htcdsExportUrl, PAGE_SIZE, type OrgRef } from '../casesApi';
import { CasesTable } from '../common/CasesTable';
import { CaseFilters } from './CaseFilters';
import { NewCaseDialog } from './NewCaseDialog';

const route = getRouteApi('/app/cases/list');

/** The list tab. */
export function CaseListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const navigate = useNavigate();
  const filter = route.useSearch();
  const types = useQuery(caseTypesQuery);
  const list = useQuery(casesQuery(filter));
  const [creating, setCreating] = useState(false);
  const cases = list.data?.cases ?? [];
  // The server filters by type, state, words and owner; the organisation is picked among the page's owners.
  const organisations = [
    ...new Map<string, OrgRef>(cases.map((c) => [c.ownerOrganisation.id, c.ownerOrganisation])).values(),
  ];
  const shown = filter.organisation ? cases.filter((c) => c.ownerOrganisation.id === filter.organisation) : cases;
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const mayCreate = types.data?.types.some((d) => d.can.create) ?? false;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('cases.list.intro')}</Text>
        <Group gap="xs">
          <ExportButton
            path="/api/cases/export"
            params={{ type: filter.type, state: filter.state, q: filter.q, mine: filter.mine ? 'true' : undefined, includeClosed: filter.includeClosed ? 'true' : undefined }}
          />
          {can(me, ['trafficking.cases']) && (
            <Button component="a" variant="default" href={htcdsExportUrl()} download="htcds-trafficking-cases.csv">
              {t('cases.list.exportHtcds')}
            </Button>
          )}
          {mayCreate && <Button onClick={() => setCreating(true)}>{t('cases.list.new')}</Button>}
        </Group>
      </Group>
      <CaseFilters filter={filter} types={types.data} organisations={organisations} errors={fieldErrors(list.error)} />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('cases.list.total', { count: total, shown: format.number(total) })}
          </Text>
          <CasesTable cases={shown} label={t('cases.tabs.list')} />
          {pages > 1 && (
            <Pagination
              total={pages}
              value={filter.page ?? 1}
              onChange={(page) =>
                void navigate({ to: '/cases/list', search: { ...filter, page: page > 1 ? page : undefined } })
              }
              getControlProps={(control) => ({ 'aria-label': t(`cases.list.pager.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('cases.list.pager.page', { page }) })}
            />
          )}
        </>
      )}
      {creating && types.data && (
        <NewCaseDialog
          types={types.data}
          onClose={() => setCreating(false)}
          onOpened={(detail) => void navigate({ to: '/cases/$id', params: { id: detail.id } })}
        />
      )}
    </Stack>
  );
}
