/** The period picker of the usage pages: 7, 30 or 90 days, kept in the address. */
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { USAGE_PERIODS } from './usageApi';

/** A segmented control of the usage periods. */
export function UsagePeriod({ days, onChange }: { days: number; onChange: (days: number) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {t('partnerApi.period')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={String(days)}
        onChange={(value) => onChange(Number(value))}
        data={USAGE_PERIODS.map((count) => ({ value: String(count), label: t('partnerApi.days', { count }) }))}
      />
    </Stack>
  );
}
