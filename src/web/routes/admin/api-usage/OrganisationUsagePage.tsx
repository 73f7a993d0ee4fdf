/**
 * One organisation's API usage: calls per day (answered, refused for lack of scope, over the limit) as a chart
 * with its table, and each key with its scopes, limit, last use and calls over the period.
 */
import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { useScopeLabel } from '../../../labels';
import { FigureCard, type Figure } from '../../../components/FigureCard';
import { organisationUsageQuery, type KeyStatus, type OrganisationUsage } from './usageApi';
import { UsageCells, UsageHeadings } from './UsageColumns';
import { UsagePeriod } from './UsagePeriod';

const route = getRouteApi('/app/admin/api-usage/$organisationId');

const STATUS_COLOURS: Record<KeyStatus, string> = { active: 'green', expired: 'gray', revoked: 'red' };

function useCallsFigure(usage: OrganisationUsage | undefined): Figure {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    series: [
      { key: 'served', label: t('partnerApi.served'), color: 'blue.6' },
      { key: 'denied', label: t('partnerApi.denied'), color: 'orange.6' },
      { key: 'rateLimited', label: t('partnerApi.rateLimited'), color: 'red.6' },
    ],
    rows: (usage?.days ?? []).map((day) => ({
      key: day.day,
      label: format.date(`${day.day}T12:00:00Z`),
      values: { served: day.calls - day.denied - day.rateLimited, denied: day.denied, rateLimited: day.rateLimited },
    })),
  };
}

function KeysTable({ usage }: { usage: OrganisationUsage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const scopeLabel = useScopeLabel();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder aria-label={t('partnerApi.keysTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.fields.name')}</Table.Th>
            <Table.Th>{t('admin.apiKeys.prefix')}</Table.Th>
            <Table.Th>{t('partnerApi.scopes')}</Table.Th>
            <Table.Th>{t('partnerApi.status')}</Table.Th>
            <Table.Th>{t('partnerApi.rateLimit')}</Table.Th>
            <UsageHeadings />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {usage.keys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Th scope="row" fw="normal">
                {key.name}
              </Table.Th>
              <Table.Td>
                <Ltr mono>cr_{key.prefix}_…</Ltr>
              </Table.Td>
              <Table.Td>{format.list(key.scopes.map(scopeLabel))}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLOURS[key.status]}>
                  {t(`partnerApi.statuses.${key.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {key.rateLimitPerMinute === null
                  ? t('partnerApi.defaultLimit', { count: key.effectiveRateLimitPerMinute })
                  : t('partnerApi.perMinute', { count: key.rateLimitPerMinute })}
              </Table.Td>
              <UsageCells usage={key} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The usage page of one partner organisation. */
export function OrganisationUsagePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId } = route.useParams();
  const days = route.useSearch().days ?? 30;
  const navigate = route.useNavigate();
  const usage = useQuery(organisationUsageQuery(organisationId, days));
  const figure = useCallsFigure(usage.data);
  const data = usage.data;
  return (
    <Stack gap="md">
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/admin/api-usage" search={{ days }} />}>
        {t('partnerApi.back')}
      </Anchor>
      <ErrorAlert error={usage.error} />
      {usage.isPending && <Text>{t('common.loading')}</Text>}
      {data && (
        <>
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={3}>{t('partnerApi.organisationTitle', { name: data.organisation.name })}</Title>
              <Text size="sm" c="dimmed" data-testid="usage-totals">
                {t('partnerApi.totals', {
                  calls: format.number(data.totals.calls),
                  denied: format.number(data.totals.denied),
                  rateLimited: format.number(data.totals.rateLimited),
                  from: format.date(`${data.from}T12:00:00Z`),
                  to: format.date(`${data.to}T12:00:00Z`),
                  lastUsed: data.lastUsedAt ? format.dateTime(data.lastUsedAt) : t('partnerApi.never'),
                })}
              </Text>
            </div>
            <UsagePeriod days={days} onChange={(value) => void navigate({ search: { days: value } })} />
          </Group>
          <FigureCard title={t('partnerApi.callsPerDay')} rowHeading={t('partnerApi.day')} figure={figure} kind="columns" withTotals />
          <Title order={4}>{t('partnerApi.keysTitle')}</Title>
          <KeysTable usage={data} />
        </>
      )}
    </Stack>
  );
}
