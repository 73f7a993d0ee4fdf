/** What the call centre learns from use, over a period (the last 30 days unless chosen): searches, helpfulness, calls. */
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultPeriod, type Period } from './analyticsApi';
import { SearchFigures } from './SearchFigures';
import { CallFigures, HelpfulnessFigure } from './UseFigures';

/** Edits the period locally and applies it on submit. */
function PeriodFilter({ initial, onApply }: { initial: Period; onApply: (period: Period) => void }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(initial);
  const invalid = !period.from || !period.to || period.to < period.from;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid) {
      onApply(period);
    }
  };
  return (
    <form onSubmit={submit} aria-label={t('knowledge.analytics.period')}>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="date"
          dir="ltr"
          label={t('knowledge.analytics.from')}
          required
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          dir="ltr"
          label={t('knowledge.analytics.to')}
          required
          value={period.to}
          onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
          error={
            period.to && period.from && period.to < period.from
              ? t('knowledge.analytics.toBeforeFrom')
              : undefined
          }
        />
        <Button type="submit" disabled={invalid}>
          {t('knowledge.analytics.apply')}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            const reset = defaultPeriod();
            setPeriod(reset);
            onApply(reset);
          }}
        >
          {t('knowledge.analytics.lastDays')}
        </Button>
      </Group>
    </form>
  );
}

/** The analytics tab. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(defaultPeriod);
  return (
    <Stack gap="md">
      <Text maw={760}>{t('knowledge.analytics.intro')}</Text>
      <PeriodFilter initial={period} onApply={setPeriod} />
      <SearchFigures period={period} />
      <HelpfulnessFigure period={period} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <CallFigures period={period} />
      </SimpleGrid>
    </Stack>
  );
}
