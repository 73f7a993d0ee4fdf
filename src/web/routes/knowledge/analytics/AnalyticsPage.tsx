/** What the call centre learns from use, over a period (the last 30 days unless chosen): searches, helpfulness, calls. */
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PeriodForm } from '../../../components/PeriodForm';
import { useTranslation } from 'react-i18next';
import { defaultPeriod } from './analyticsApi';
import { SearchFigures } from './SearchFigures';
import { CallFigures, HelpfulnessFigure } from './UseFigures';

/** The analytics tab. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(defaultPeriod);
  return (
    <Stack gap="md">
      <Text maw={760}>{t('knowledge.analytics.intro')}</Text>
      <PeriodForm
        initial={period}
        onApply={setPeriod}
        labels={{
          form: t('knowledge.analytics.period'),
          from: t('knowledge.analytics.from'),
          to: t('knowledge.analytics.to'),
          apply: t('knowledge.analytics.apply'),
          toBeforeFrom: t('knowledge.analytics.toBeforeFrom'),
        }}
        reset={{ label: t('knowledge.analytics.lastDays'), period: defaultPeriod }}
      />
      <SearchFigures period={period} />
      <HelpfulnessFigure period={period} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <CallFigures period={period} />
      </SimpleGrid>
    </Stack>
  );
}
