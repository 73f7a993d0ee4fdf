/**
 * The partner organisations using the API: each organisation holding keys, its active keys and their scopes,
 * its last call and its calls over the period, with a link to the organisation's own usage page.
 */
import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../format';
import { useScopeLabel } from '../../../labels';
import { partnerOverviewQuery } from './usageApi';
import { UsageCells, UsageHeadings } from './UsageColumns';
import { UsagePeriod } from './UsagePeriod';

const route = getRouteApi('/app/admin/api-usage');

/** The overview of partner organisations' API usage. */
export function ApiUsagePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const scopeLabel = useScopeLabel();
  const days = route.useSearch().days ?? 30;
  const navigate = route.useNavigate();
  const overview = useQuery(partnerOverviewQuery(days));
  const rows = overview.data?.organisations ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>{t('partnerApi.overviewTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('partnerApi.overviewIntro')}
          </Text>
        </div>
        <UsagePeriod days={days} onChange={(value) => void navigate({ search: { days: value } })} />
      </Group>
      <ErrorAlert error={overview.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover withTableBorder aria-label={t('partnerApi.overviewTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('partnerApi.organisation')}</Table.Th>
              <Table.Th ta="end">{t('partnerApi.activeKeys')}</Table.Th>
              <Table.Th>{t('partnerApi.scopes')}</Table.Th>
              <UsageHeadings />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.isPending && (
              <Table.Tr>
                <Table.Td colSpan={7}>{t('common.loading')}</Table.Td>
              </Table.Tr>
            )}
            {overview.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>{t('partnerApi.none')}</Table.Td>
              </Table.Tr>
            )}
            {rows.map((row) => (
              <Table.Tr key={row.organisation.id}>
                <Table.Th scope="row" fw="normal">
                  <Anchor
                    aria-label={t('partnerApi.open', { name: row.organisation.name })}
                    renderRoot={(props) => (
                      <Link {...props} to="/admin/api-usage/$organisationId" params={{ organisationId: row.organisation.id }} search={{ days }} />
                    )}
                  >
                    {row.organisation.name}
                  </Anchor>
                </Table.Th>
                <Table.Td ta="end">
                  {format.number(row.activeKeys)} / {format.number(row.keys)}
                </Table.Td>
                <Table.Td>{format.list(row.scopes.map(scopeLabel))}</Table.Td>
                <UsageCells usage={row} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
