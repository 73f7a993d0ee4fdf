/** Crossings of a BCP on a day, newest first, by direction; one crossing opens with its alerts. */
import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { CrossingDetail } from './CrossingDetail';
import { BORDER_TIME_ZONE, crossingsQuery, DIRECTIONS, type Direction } from './deskApi';
import { todayIn } from './deskFormat';
import { BcpFilter, ShowMore } from './ListControls';
import { CrossingsTable } from './TravelFacts';

/** The crossings page. */
export function CrossingsPage() {
  const { t } = useTranslation();
  const [siteId, setSiteId] = useState<string | null>(null);
  // The server counts a BCP's days in its calendar (the border's, unless the BCP names another).
  const [day, setDay] = useState(() => todayIn(BORDER_TIME_ZONE));
  const [direction, setDirection] = useState<Direction | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const query = useInfiniteQuery(
    crossingsQuery({ siteId: siteId ?? undefined, day: day || undefined, direction: direction ?? undefined }),
  );
  const crossings = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="md">
      <form
        role="search"
        aria-label={t('border.desk.crossings.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Group align="flex-end" wrap="wrap">
          <BcpFilter value={siteId} onChange={setSiteId} />
          <TextInput
            type="date"
            label={t('border.desk.crossings.day')}
            dir="ltr"
            value={day}
            onChange={(event) => setDay(event.currentTarget.value)}
            w={180}
          />
          <Select
            label={t('border.desk.post.direction')}
            placeholder={t('border.desk.crossings.allDirections')}
            data={DIRECTIONS.map((value) => ({ value, label: t(`border.directions.${value}`) }))}
            value={direction}
            onChange={(value) => setDirection(DIRECTIONS.find((d) => d === value) ?? null)}
            clearable
            w={200}
          />
          <ExportButton path="/api/border/crossings/export" params={{ siteId, day: day || undefined, direction }} />
        </Group>
      </form>
      <ErrorAlert error={query.error} />
      {query.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : crossings.length === 0 ? (
        <Text>{t('border.desk.crossings.none')}</Text>
      ) : (
        <CrossingsTable
          crossings={crossings}
          label={t('border.desk.crossings.tableLabel')}
          onOpen={(crossing) => setOpened(crossing.id)}
          withTraveller
        />
      )}
      <ShowMore query={query} />
      {opened && <CrossingDetail id={opened} onClose={() => setOpened(null)} />}
    </Stack>
  );
}
