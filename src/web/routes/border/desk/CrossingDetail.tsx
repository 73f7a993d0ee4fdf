/** One crossing in a dialog: who, where, the document, the decision and its timing, and the alerts it raised. */
import { Anchor, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { latinName, personQuery } from '../../people/peopleApi';
import { AlertCard } from './AlertCard';
import { useBcps } from './bcps';
import { crossingQuery, type Crossing } from './deskApi';
import { useDuration } from './deskFormat';
import { DecisionBadge, Fact } from './TravelFacts';

/** The crossing dialog. */
export function CrossingDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(crossingQuery(id));
  return (
    <Modal opened onClose={onClose} title={t('border.desk.crossing.title')} size="xl">
      <ErrorAlert error={error} />
      {data ? (
        <Stack gap="md">
          <CrossingFacts crossing={data} />
          <Text fw={700}>{t('border.desk.crossing.alerts', { count: data.alerts.length })}</Text>
          {data.alerts.map((alert) => (
            <AlertCard key={alert.id} alert={alert} />
          ))}
        </Stack>
      ) : (
        !error && <Text>{t('common.loading')}</Text>
      )}
    </Modal>
  );
}

function CrossingFacts({ crossing }: { crossing: Crossing & { officerName: string | null } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDuration();
  const { nameOf } = useBcps();
  const person = useQuery(personQuery(crossing.personId));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      <Fact label={t('border.desk.crossing.person')}>
        <Anchor component={Link} to={`/people/${crossing.personId}`}>
          {person.data
            ? latinName(person.data) || person.data.registrationNumber
            : t('border.desk.crossing.openPerson')}
        </Anchor>
      </Fact>
      <Fact label={t('border.desk.crossing.at')}>{format.dateTime(crossing.at)}</Fact>
      <Fact label={t('border.desk.post.bcp')}>
        {nameOf(crossing.siteId)}
        {crossing.lane && (
          <>
            {' · '}
            <Ltr>{crossing.lane}</Ltr>
          </>
        )}
      </Fact>
      <Fact label={t('border.desk.post.direction')}>
        {t(`border.directions.${crossing.direction}`)}
        {crossing.vehicleRole && ` · ${t(`border.vehicleRoles.${crossing.vehicleRole}`)}`}
      </Fact>
      <Fact label={t('border.desk.crossing.decision')}>
        <DecisionBadge crossing={crossing} />
        {crossing.refusalReason && (
          <Text size="sm" fw={400}>
            {t(`border.refusalReasons.${crossing.refusalReason}`)}
          </Text>
        )}
      </Fact>
      <Fact label={t('border.desk.decision.purpose')}>
        {crossing.purpose ? t(`border.purposes.${crossing.purpose}`) : '—'}
      </Fact>
      <Fact label={t('border.desk.crossing.document')}>
        <Ltr mono>
          {crossing.document.number} {crossing.document.issuingState}
        </Ltr>
        {crossing.document.flags.length > 0 &&
          ` · ${crossing.document.flags.map((flag) => t(`border.desk.crossing.flags.${flag as 'expired'}`, { defaultValue: flag })).join(', ')}`}
      </Fact>
      <Fact label={t('border.desk.document.expiryDate')}>
        <Ltr mono>{crossing.document.expiryDate ?? '—'}</Ltr>
      </Fact>
      <Fact label={t('border.desk.document.nationality')}>
        <Ltr mono>{crossing.nationality ?? '—'}</Ltr>
      </Fact>
      <Fact label={t('border.desk.crossing.firstScanAt')}>{format.dateTime(crossing.firstScanAt)}</Fact>
      <Fact label={t('border.desk.crossing.processingTime')}>{duration(crossing.processingMs)}</Fact>
      <Fact label={t('border.desk.crossing.hits')}>{format.number(crossing.screeningHits)}</Fact>
      <Fact label={t('border.desk.crossing.officer')}>{crossing.officerName ?? '—'}</Fact>
    </SimpleGrid>
  );
}
