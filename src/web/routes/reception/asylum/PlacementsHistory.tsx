/** A person's stays in reception centres, newest first, each with its absences and the services given (the services log). */
import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hasStatus } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../format';
import { personPlacementsQuery } from '../centres/centresApi';

/** The history; nothing when the caller may not see the person's placements. */
export function PlacementsHistory({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery(personPlacementsQuery(personId));
  if (hasStatus(history.error, 404)) {
    return null;
  }
  const placements = history.data?.placements ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="person-placements">
      <Title order={3} size="h4" id="person-placements">{t('reception.history.title')}</Title>
      <ErrorAlert error={history.error} />
      {history.data && placements.length === 0 && <Text c="dimmed">{t('reception.history.none')}</Text>}
      {placements.map((p) => (
        <Card key={p.id} withBorder padding="sm">
          <Group gap="xs" mb={4}>
            <Text fw={600}>{p.centre.name}</Text>
            {p.bed && <Text size="sm">· {p.bed.label}</Text>}
            <Badge color={p.status === 'active' ? 'green' : 'gray'} variant="light">
              {t(`reception.history.statuses.${p.status}`)}
            </Badge>
            {p.exerciseId && <Badge color="grape">{t('reception.exercises.label')}</Badge>}
          </Group>
          <Text size="sm">
            {t('reception.history.period', {
              from: format.dateTime(p.checkedInAt),
              to: p.checkedOutAt ? format.dateTime(p.checkedOutAt) : t('reception.history.now'),
            })}
            {p.checkoutReason ? ` · ${t(`reception.checkoutReasons.${p.checkoutReason as 'left'}`, { defaultValue: p.checkoutReason })}` : ''}
          </Text>
          {p.overCapacityReason && <Text size="sm" c="orange.8">{t('reception.history.overCapacity', { reason: p.overCapacityReason })}</Text>}
          {p.absences.length > 0 && (
            <Text size="sm">
              {t('reception.history.absences')}:{' '}
              {p.absences.map((a) => `${format.dateTime(a.from)} – ${a.to ? format.dateTime(a.to) : '…'} (${a.reason})`).join('; ')}
            </Text>
          )}
          {p.services.length > 0 && (
            <Table mt="xs" fz="sm" aria-label={t('reception.history.servicesAt', { centre: p.centre.name })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reception.service.givenAt')}</Table.Th>
                  <Table.Th>{t('reception.service.kind')}</Table.Th>
                  <Table.Th>{t('reception.fields.note')}</Table.Th>
                  <Table.Th>{t('reception.history.by')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.services.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{format.dateTime(s.givenAt)}</Table.Td>
                    <Table.Td>{t(`reception.serviceKinds.${s.kind}`)}</Table.Td>
                    <Table.Td>{s.note ?? '—'}</Table.Td>
                    <Table.Td>{s.givenBy.name}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      ))}
    </Stack>
  );
}
