/** The call screen: "New call" starts the clock and opens the call's form; today's calls are listed below. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCatalogue } from '../knowledgeApi';
import { CallForm } from './CallForm';
import { TodaysCalls } from './TodaysCalls';

/** The call log tab. */
export function CallLogPage() {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue();
  const [startedAt, setStartedAt] = useState<Date | null>(null);
  if (!catalogue.data) {
    return catalogue.isPending ? <Text>{t('common.loading')}</Text> : <ErrorAlert error={catalogue.error} />;
  }
  const languages = catalogue.data.languages;
  // Callers most often speak the agent's interface language; the agent changes it when not.
  const defaultLanguage = languages.find((l) => l.code === i18n.language)?.code ?? languages[0]?.code ?? 'en';
  return (
    <Stack gap="lg">
      {startedAt ? (
        <CallForm
          key={startedAt.getTime()}
          startedAt={startedAt}
          catalogue={catalogue.data}
          defaultLanguage={defaultLanguage}
          onDone={() => setStartedAt(null)}
        />
      ) : (
        <Group justify="space-between" align="center">
          <Text maw={720}>{t('knowledge.calls.intro')}</Text>
          <Button size="lg" onClick={() => setStartedAt(new Date())}>
            {t('knowledge.calls.newCall')}
          </Button>
        </Group>
      )}
      <TodaysCalls catalogue={catalogue.data} />
    </Stack>
  );
}
