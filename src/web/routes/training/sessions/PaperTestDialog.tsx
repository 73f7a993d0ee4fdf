/** Enters a test a participant wrote on paper: the test's questions as cards, answered as the paper says. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { courseQuery, type Question } from '../courses/coursesApi';
import { givenAnswers } from '../questions/answers';
import { QuestionCard } from '../questions/QuestionCard';
import { usePaperTest } from './sessionActions';
import type { Answer, Participant, Phase, SessionDetail } from './sessionsApi';

/** The questions of a session's test, in the test's order, from the course's bank. */
export function useTestQuestions(
  session: SessionDetail,
  phase: Phase,
): { questions: Question[]; error: unknown; pending: boolean } {
  const course = useQuery(courseQuery(session.courseId));
  const test = session.tests.find((candidate) => candidate.phase === phase);
  const byId = new Map((course.data?.questions ?? []).map((question) => [question.id, question]));
  const questions = (test?.questionIds ?? []).flatMap((id) => {
    const question = byId.get(id);
    return question ? [question] : [];
  });
  return { questions, error: course.error, pending: course.isPending };
}

/** The dialog. */
export function PaperTestDialog({
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
  const { questions, error, pending } = useTestQuestions(session, phase);
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>({});
  const enter = usePaperTest(session.id, phase);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    enter.mutate(
      { participantId: participant.id, answers: givenAnswers(answers) },
      {
        onSuccess: () => {
          notifySuccess(t('training.paper.saved', { name: participant.name }));
          onClose();
        },
      },
    );
  };
  const phaseName = t(`training.phases.${phase}`);
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('training.paper.title', { phase: phaseName, name: participant.name })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('training.paper.intro')}</Text>
          <ErrorAlert error={error} />
          {pending && <Text>{t('common.loading')}</Text>}
          {questions.map((question, index) => (
            <QuestionCard
              key={question.id}
              question={question}
              number={index + 1}
              total={questions.length}
              value={answers[question.id]}
              onChange={(answer) => setAnswers({ ...answers, [question.id]: answer })}
            />
          ))}
          <ErrorAlert error={enter.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={enter.isPending} disabled={questions.length === 0}>
              {t('training.paper.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
