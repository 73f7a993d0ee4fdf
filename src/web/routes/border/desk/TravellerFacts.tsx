/**
 * What the desk knows about the traveller once the MRZ is read: the document, and at the same time the
 * registry's record (found by the document), their stay and previous crossings, and the screening.
 */
import { Anchor, Badge, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MrzDocument } from '../../../../common/mrz';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import {
  holderQuery,
  personStayQuery,
  screeningQuery,
  travelHistoryQuery,
  type ScannedDocument,
} from './deskApi';
import { Fact, RecentCrossings, StaySummary } from './TravelFacts';

/** The registry lookup, then screening (knowing the person: remembered false positives apply), history and stay. */
export function useTravellerChecks(document: ScannedDocument | null) {
  const holder = useQuery(holderQuery(document));
  const looked = holder.isSuccess || holder.isError;
  const personId = holder.data?.id ?? null;
  const screening = useQuery(screeningQuery(document, personId, looked));
  const history = useQuery(travelHistoryQuery(personId));
  const stay = useQuery(personStayQuery(personId));
  return { holder, personId, screening, history, stay, screened: screening.isSuccess || screening.isError };
}

export type TravellerChecks = ReturnType<typeof useTravellerChecks>;

/** The document as read from the MRZ. */
export function DocumentFacts({ document, expired }: { document: MrzDocument; expired: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" role="group" aria-label={t('border.desk.document.title')}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={700} size="lg" data-testid="traveller-name">
            {[document.surname, document.givenNames].filter(Boolean).join(', ')}
          </Text>
          {expired && (
            <Badge color="red" variant="filled">
              {t('border.desk.document.expired')}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          <Fact label={t('border.desk.document.number')}>
            <Ltr mono>{document.documentNumber}</Ltr>
          </Fact>
          <Fact label={t('border.desk.document.issuingState')}>
            <Ltr mono>{document.issuingState}</Ltr>
          </Fact>
          <Fact label={t('border.desk.document.nationality')}>
            <Ltr mono>{document.nationality}</Ltr>
          </Fact>
          <Fact label={t('border.desk.document.dateOfBirth')}>
            <Ltr mono>{document.dateOfBirth}</Ltr>
          </Fact>
          <Fact label={t('border.desk.document.sex')}>
            <Ltr mono>{document.sex}</Ltr>
          </Fact>
          <Fact label={t('border.desk.document.expiryDate')}>
            <Ltr mono>{document.expiryDate}</Ltr>
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** The registry's record of the traveller (or that the crossing will register them), their stay and crossings. */
export function RegistryFacts({ checks }: { checks: TravellerChecks }) {
  const { t } = useTranslation();
  const { holder } = checks;
  if (holder.isError) {
    return <ErrorAlert error={holder.error} />;
  }
  if (!holder.isSuccess) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('border.desk.registry.looking')}</Text>
      </Group>
    );
  }
  const person = holder.data;
  if (!person) {
    return (
      <Paper withBorder p="sm" role="group" aria-label={t('border.desk.registry.title')}>
        <Text fw={700}>{t('border.desk.registry.unknown')}</Text>
        <Text size="sm">{t('border.desk.registry.willRegister')}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="sm" role="group" aria-label={t('border.desk.registry.title')}>
      <Stack gap="sm">
        <Group gap="xs">
          <Text fw={700}>{t('border.desk.registry.known')}</Text>
          {/* A new tab keeps the traveller on the desk. */}
          <Anchor href={`/people/${person.id}`} target="_blank" rel="noreferrer">
            <Ltr mono>{person.registrationNumber}</Ltr>
          </Anchor>
          {person.originalName && (
            <Text span dir="auto">
              {person.originalName}
            </Text>
          )}
        </Group>
        <StaySummary stay={checks.stay} />
        <RecentCrossings history={checks.history} limit={5} />
      </Stack>
    </Paper>
  );
}
