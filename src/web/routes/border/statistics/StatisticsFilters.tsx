/** The report's filter: period, BCP and direction, applied together. */
import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBcps } from '../desk/bcps';
import { defaultFilter, DIRECTIONS, type Direction, type StatisticsFilter } from './statisticsApi';

/** Edits the filter locally and applies it on submit; `errors` are the server's, by field. */
export function StatisticsFilters({
  initial,
  onApply,
  errors,
}: {
  initial: StatisticsFilter;
  onApply: (filter: StatisticsFilter) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  // The BCPs whose crossings the caller reads: every BCP for a national role, else their posts.
  const { readable } = useBcps();
  const [filter, setFilter] = useState(initial);
  const change = (patch: Partial<StatisticsFilter>) => setFilter((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(filter);
  };
  const bcps = readable.map((site) => ({ value: site.id, label: site.name }));
  const directions = DIRECTIONS.map((direction) => ({
    value: direction,
    label: t(`border.directions.${direction}`),
  }));
  return (
    <form onSubmit={submit} aria-label={t('border.statistics.filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput
          type="date"
          label={t('border.statistics.filters.from')}
          value={filter.from}
          onChange={(event) => change({ from: event.currentTarget.value })}
          error={errors.from}
          required
        />
        <TextInput
          type="date"
          label={t('border.statistics.filters.to')}
          value={filter.to}
          onChange={(event) => change({ to: event.currentTarget.value })}
          error={errors.to}
          required
        />
        <Select
          label={t('border.statistics.filters.bcp')}
          placeholder={t('border.statistics.filters.allBcps')}
          data={bcps}
          value={filter.siteId || null}
          onChange={(value) => change({ siteId: value ?? '' })}
          error={errors.siteId}
          clearable
          searchable
        />
        <Select
          label={t('border.statistics.filters.direction')}
          placeholder={t('border.statistics.filters.allDirections')}
          data={directions}
          value={filter.direction || null}
          onChange={(value) => change({ direction: (value as Direction | null) ?? '' })}
          error={errors.direction}
          clearable
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t('border.statistics.filters.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            const reset = defaultFilter();
            setFilter(reset);
            onApply(reset);
          }}
        >
          {t('border.statistics.filters.lastDays')}
        </Button>
      </Group>
    </form>
  );
}
