/** The interpreters free for the period asked, as a radio list; those already booked then are named below. */
import { Fieldset, Radio, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AvailabilityProblem, Interpreter } from './interpretersApi';

type Free = UseQueryResult<{
  interpreters: (Interpreter & { problems: AvailabilityProblem[] })[];
  busy: { id: string; name: string }[];
}>;

/** The list; choosing one calls `onChoose`. */
export function FreeInterpreters({
  free,
  chosen,
  onChoose,
}: {
  free: Free;
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('interpreters.book.results')}>
      <ErrorAlert error={free.error} />
      {free.data && free.data.interpreters.length === 0 && (
        <Text c="dimmed">{t('interpreters.book.none')}</Text>
      )}
      <Radio.Group value={chosen} onChange={onChoose} name="interpreter">
        <Stack gap="xs">
          {free.data?.interpreters.map((i) => (
            <Radio
              key={i.id}
              value={i.id}
              label={i.name}
              description={[
                i.problems.length === 0
                  ? t('interpreters.book.within')
                  : i.problems.map((p) => t(`interpreters.problems.${p}`)).join(', '),
                i.modalities.map((m) => t(`interpreters.modality.${m}`)).join(', '),
                i.organisation,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </Stack>
      </Radio.Group>
      {free.data && free.data.busy.length > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('interpreters.book.busy', { names: free.data.busy.map((b) => b.name).join(', ') })}
        </Text>
      )}
    </Fieldset>
  );
}
