/** Scores the short answers of one attempt: each answer as written, and the points a trainer gives it (0 to its maximum). */
import { Blockquote, Button, Card, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { useTestQuestions } from './PaperTestDialog';
import { useScoreAttempt } from './sessionActions';
import type { Participant, Phase, SessionDetail } from './sessionsApi';

/** The dialog. */
export function ScoreDialog({
  session,
  participant,
  phase,
  onClose,
}: {
  session: SessionDetail;
  participant: Participant;
  phase: Phase;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const attempt = participant[phase];
  const { questions, error, pending } = useTestQuestions(session, phase);
  const short = questions.filter((question) => question.kind === 'short');
  const [scores, setScores] = useState<Record<string, number>>(() => ({ ...(attempt?.points ?? {}) }));
  const score = useScoreAttempt(session.id);
  const errors = fieldErrors(score.error);
  const complete = short.every((question) => typeof scores[question.id] === 'number');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!attempt) {
      return;
    }
    const given = Object.fromEntries(short.map((question) => [question.id, scores[question.id] ?? 0]));
    score.mutate(
      { attemptId: attempt.attemptId, scores: given },
      {
        onSuccess: () => {
          notifySuccess(t('training.scoring.saved', { name: participant.name }));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('training.scoring.title', { phase: t(`training.phases.${phase}`), name: participant.name })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          {pending && <Text>{t('common.loading')}</Text>}
          {short.map((question, index) => {
            const answer = attempt?.answers?.[question.id];
            return (
              <Card key={question.id} withBorder padding="sm">
                <Text fw={600}>{question.text}</Text>
                <Blockquote p="xs" my="xs" color="gray">
                  {typeof answer === 'string' && answer.trim() ? (
                    <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="short-answer">
                      {answer}
                    </Text>
                  ) : (
                    <Text c="dimmed">
                      {t(attempt?.answers ? 'training.scoring.noAnswer' : 'training.scoring.unavailable')}
                    </Text>
                  )}
                </Blockquote>
                <NumberInput
                  label={t('training.scoring.points', { max: question.points })}
                  min={0}
                  max={question.points}
                  step={0.5}
                  w={200}
                  data-autofocus={index === 0 || undefined}
                  value={scores[question.id] ?? ''}
                  onChange={(value) =>
                    setScores({ ...scores, [question.id]: typeof value === 'number' ? value : Number(value) })
                  }
                  error={errors.scores}
                />
              </Card>
            );
          })}
          <ErrorAlert error={score.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={score.isPending} disabled={!complete || short.length === 0}>
              {t('training.scoring.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
