/** A centre's (or the country's) places at a glance: capacity, blocked, occupied, reserved, free, over capacity. */
import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import type { Figures } from './centresApi';

export const FIGURE_KEYS = ['capacity', 'blocked', 'occupied', 'reserved', 'free'] as const;

/** The figures as labelled numbers; `label` names the group for screen readers (e.g. "National totals"). */
export function FiguresGrid({ figures, label }: { figures: Figures; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md" component="section" aria-label={label}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{label}</Text>
          {figures.overCapacityBy > 0 && (
            <Badge color="red" variant="filled">
              {t('reception.figures.overBy', { count: figures.overCapacityBy })}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
          {FIGURE_KEYS.map((key) => (
            <Stack key={key} gap={0} data-figure={key}>
              <Text size="xs" c="dimmed">
                {t(`reception.figures.${key}`)}
              </Text>
              <Text size="xl" fw={700}>
                {format.number(figures[key])}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** "12 free" in green, "0 free" in orange, or "over by 3" in red. */
export function FreeBadge({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (figures.overCapacityBy > 0) {
    return (
      <Badge color="red" variant="light">
        {t('reception.figures.overBy', { count: figures.overCapacityBy })}
      </Badge>
    );
  }
  return (
    <Badge color={figures.free > 0 ? 'green' : 'orange'} variant="light">
      {format.number(figures.free)}
    </Badge>
  );
}
