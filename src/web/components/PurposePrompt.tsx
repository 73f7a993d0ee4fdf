/**
 * The purpose prompt: when the server needs to know why a sensitive record is opened, this dialog asks
 * once for that record (the API client then sends the request again with the answer). Suggestions fill
 * the field; Enter opens, Escape cancels. Mounted once in the signed-in frame.
 */
import { Button, Chip, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answerPurpose, currentQuestion, MIN_PURPOSE_LENGTH, registerPurposeHost, subscribePurposes, type PurposeQuestion } from '../purpose';

const SUGGESTIONS = ['caseWork', 'personRequest', 'supervision', 'legalObligation'] as const;

function QuestionForm({ question }: { question: PurposeQuestion }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState('');
  const [touched, setTouched] = useState(false);
  const tooShort = purpose.trim().length < MIN_PURPOSE_LENGTH;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!tooShort) {
      answerPurpose(question.record, purpose.trim());
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('purpose.explanation')}</Text>
        <Text size="sm" c="dimmed" dir="ltr">
          {question.message}
        </Text>
        <Group gap="xs" role="group" aria-label={t('purpose.suggestions')}>
          {SUGGESTIONS.map((key) => (
            <Chip key={key} checked={purpose === t(`purpose.suggestion.${key}`)} onChange={() => setPurpose(t(`purpose.suggestion.${key}`))} size="sm">
              {t(`purpose.suggestion.${key}`)}
            </Chip>
          ))}
        </Group>
        <Textarea
          data-autofocus
          label={t('purpose.label')}
          description={t('purpose.hint', { count: MIN_PURPOSE_LENGTH })}
          value={purpose}
          onChange={(event) => setPurpose(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              submit(event);
            }
          }}
          error={touched && tooShort ? t('purpose.tooShort', { count: MIN_PURPOSE_LENGTH }) : undefined}
          required
          autosize
          minRows={2}
          maxLength={500}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => answerPurpose(question.record, null)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('purpose.open')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Shows the waiting question, one at a time. */
export function PurposePrompt() {
  const { t } = useTranslation();
  const question = useSyncExternalStore(subscribePurposes, currentQuestion);
  useEffect(() => registerPurposeHost(), []);
  return (
    <Modal opened={question !== null} onClose={() => question && answerPurpose(question.record, null)} title={t('purpose.title')} size="lg" zIndex={400}>
      {question && <QuestionForm key={question.record} question={question} />}
    </Modal>
  );
}
