/** A person's travel: their 90/180 stay today and every crossing recorded, at whichever BCP, newest first. */
import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useBcps } from '../border/desk/bcps';
import { CrossingDetail } from '../border/desk/CrossingDetail';
import { personStayQuery, travelHistoryQuery } from '../border/desk/deskApi';
import { CrossingsTable, StaySummary } from '../border/desk/TravelFacts';
import type { Person } from './peopleApi';

/** The travel tab of the person page. */
export function TravelPanel({ person }: { person: Person }) {
  const { t } = useTranslation();
  const stay = useQuery(personStayQuery(person.id));
  const history = useQuery(travelHistoryQuery(person.id));
  const [opened, setOpened] = useState<string | null>(null);
  // The history spans every BCP; a crossing's detail (its alerts) is for those who read that BCP's records.
  const { readable } = useBcps();
  const newestFirst = [...(history.data?.crossings ?? [])].reverse();
  return (
    <Stack gap="md">
      <StaySummary stay={stay} />
      <ErrorAlert error={history.error} />
      {history.data &&
        (newestFirst.length === 0 ? (
          <Text>{t('border.desk.history.none')}</Text>
        ) : (
          <CrossingsTable
            crossings={newestFirst}
            label={t('border.desk.history.tableLabel')}
            onOpen={(crossing) => setOpened(crossing.id)}
            canOpen={(crossing) => readable.some((site) => site.id === crossing.siteId)}
          />
        ))}
      {opened && <CrossingDetail id={opened} onClose={() => setOpened(null)} />}
    </Stack>
  );
}
