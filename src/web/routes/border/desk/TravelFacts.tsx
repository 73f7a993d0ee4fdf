/** A traveller's past at the border: the 90/180 stay and the crossings, as the desk and the person page show them. */
import { Alert, Badge, Button, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { useBcps } from './bcps';
import type { Crossing, Decision, PersonStay } from './deskApi';
import { useDuration } from './deskFormat';

/** A labelled value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div" fw={600}>
        {children}
      </Text>
    </Stack>
  );
}

const DECISION_COLOURS: Record<Decision, string> = { admitted: 'green', refused: 'red', referred: 'orange' };

/** A decision as a coloured badge, with the ground of a refusal. */
export function DecisionBadge({ crossing }: { crossing: Pick<Crossing, 'decision' | 'refusalReason'> }) {
  const { t } = useTranslation();
  return (
    <Badge color={DECISION_COLOURS[crossing.decision]} variant="light">
      {t(`border.decisions.${crossing.decision}`)}
      {crossing.refusalReason ? ` (${crossing.refusalReason})` : ''}
    </Badge>
  );
}

/** Days used and left in the 180-day window, the latest legal exit, and an overstay in red. */
export function StaySummary({ stay }: { stay: UseQueryResult<PersonStay> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (stay.isError) {
    return <ErrorAlert error={stay.error} />;
  }
  if (!stay.data) {
    return <Text size="sm">{t('common.loading')}</Text>;
  }
  const s = stay.data;
  return (
    <Stack gap="xs" role="group" aria-label={t('border.desk.stay.title')}>
      <Text fw={700}>{t('border.desk.stay.title')}</Text>
      {s.overstaying && (
        <Alert color="red" variant="filled" role="alert" title={t('border.desk.stay.overstaying')}>
          {t('border.desk.stay.overstayDetail', { days: s.overstayDays })} <Ltr mono>{s.overstayStart}</Ltr>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Fact label={t('border.desk.stay.daysUsed')}>
          {t('border.desk.stay.daysOf', { used: format.number(s.daysUsed), max: format.number(90) })}
        </Fact>
        <Fact label={t('border.desk.stay.daysLeft')}>{format.number(s.daysLeft)}</Fact>
        <Fact label={t('border.desk.stay.latestLegalExit')}>
          <Ltr mono>{s.latestLegalExit ?? '—'}</Ltr>
        </Fact>
        <Fact label={t('border.desk.stay.present')}>{s.present ? t('common.yes') : t('common.no')}</Fact>
      </SimpleGrid>
      {s.openEntry && (
        <Text size="sm">
          {t('border.desk.stay.openEntry')} <Ltr mono>{s.openEntry.day}</Ltr>
        </Text>
      )}
      {s.anomalies.length > 0 && (
        <Text size="sm" c="orange.9">
          {t('border.desk.stay.anomalies', { count: s.anomalies.length })}
        </Text>
      )}
    </Stack>
  );
}

interface CrossingsTableProps {
  crossings: Crossing[];
  label: string;
  /** Opens one crossing (its alerts); without it the rows are not buttons. */
  onOpen?: (crossing: Crossing) => void;
  /** Which rows open (default all): a person's history lists crossings at BCPs the caller cannot read. */
  canOpen?: (crossing: Crossing) => boolean;
  /** Adds the traveller's name (lists of many travellers; a person's own history needs none). */
  withTraveller?: boolean;
}

/** Crossings in a table: when, where, direction, decision, document, processing time and screening hits. */
export function CrossingsTable({
  crossings,
  label,
  onOpen,
  canOpen = () => true,
  withTraveller = false,
}: CrossingsTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const duration = useDuration();
  const { nameOf } = useBcps();
  // Short dates keep a row on one line; the table scrolls sideways on a narrow screen.
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        striped
        highlightOnHover={!!onOpen}
        withTableBorder
        aria-label={label}
        style={{ whiteSpace: 'nowrap' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('border.desk.crossing.at')}</Table.Th>
            {withTraveller && <Table.Th>{t('border.desk.crossing.person')}</Table.Th>}
            {withTraveller && <Table.Th>{t('border.desk.crossing.officer')}</Table.Th>}
            <Table.Th>{t('border.desk.post.bcp')}</Table.Th>
            <Table.Th>{t('border.desk.post.direction')}</Table.Th>
            <Table.Th>{t('border.desk.crossing.decision')}</Table.Th>
            <Table.Th>{t('border.desk.crossing.document')}</Table.Th>
            <Table.Th>{t('border.desk.document.nationality')}</Table.Th>
            <Table.Th>{t('border.desk.crossing.processingTime')}</Table.Th>
            <Table.Th>{t('border.desk.crossing.hits')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {crossings.map((crossing) => {
            const open = onOpen && canOpen(crossing) ? onOpen : undefined;
            return (
              <Table.Tr
                key={crossing.id}
                onClick={open ? () => open(crossing) : undefined}
                style={open ? { cursor: 'pointer' } : undefined}
              >
                <Table.Td>
                  {open ? (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={(event) => {
                        // The row opens it too; one opening is enough.
                        event.stopPropagation();
                        open(crossing);
                      }}
                    >
                      {when.format(new Date(crossing.at))}
                    </Button>
                  ) : (
                    when.format(new Date(crossing.at))
                  )}
                </Table.Td>
                {withTraveller && (
                  <Table.Td>
                    {crossing.traveller
                      ? `${crossing.traveller.givenNames} ${crossing.traveller.surname}`
                      : '—'}
                  </Table.Td>
                )}
                {withTraveller && <Table.Td>{crossing.officerName ?? '—'}</Table.Td>}
                <Table.Td>
                  {nameOf(crossing.siteId)}
                  {crossing.lane && (
                    <Text span size="sm" c="dimmed">
                      {' · '}
                      <Ltr>{crossing.lane}</Ltr>
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {t(`border.directions.${crossing.direction}`)}
                  {crossing.vehicleRole && (
                    <Text span size="sm" c="dimmed">
                      {' · '}
                      {t(`border.vehicleRoles.${crossing.vehicleRole}`)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <DecisionBadge crossing={crossing} />
                </Table.Td>
                <Table.Td>
                  <Ltr mono>
                    {crossing.document.number} {crossing.document.issuingState}
                  </Ltr>
                </Table.Td>
                <Table.Td>
                  <Ltr mono>{crossing.nationality ?? '—'}</Ltr>
                </Table.Td>
                <Table.Td>{duration(crossing.processingMs)}</Table.Td>
                <Table.Td>
                  {crossing.screeningHits > 0 ? (
                    <Badge color="red">{format.number(crossing.screeningHits)}</Badge>
                  ) : (
                    format.number(0)
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The most recent crossings of a traveller, newest first (the history comes oldest first). */
export function RecentCrossings({
  history,
  limit,
}: {
  history: UseQueryResult<{ crossings: Crossing[] }>;
  limit?: number;
}) {
  const { t } = useTranslation();
  if (history.isError) {
    return <ErrorAlert error={history.error} />;
  }
  if (!history.data) {
    return <Text size="sm">{t('common.loading')}</Text>;
  }
  const newest = [...history.data.crossings].reverse().slice(0, limit);
  return (
    <Stack gap="xs">
      <Text fw={700}>{t('border.desk.history.title', { count: history.data.crossings.length })}</Text>
      {newest.length === 0 ? (
        <Text size="sm">{t('border.desk.history.none')}</Text>
      ) : (
        <CrossingsTable crossings={newest} label={t('border.desk.history.tableLabel')} />
      )}
    </Stack>
  );
}
