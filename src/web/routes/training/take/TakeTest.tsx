/**
 * Taking one test through the personal link: one question per card, a confirmation before the single
 * submission (naming the questions left blank), then the score, or that a trainer still scores short answers.
 */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { givenAnswers, isAnswered } from '../questions/answers';
import { QuestionCard } from '../questions/QuestionCard';
import type { Answer, Phase } from '../sessions/sessionsApi';
import { useTrainingFormat } from '../trainingFormat';
import { publicTestQuery, useSubmitTest, type TestResult } from './takeApi';

/** What the participant reads once the test is in. */
export function TestResultAlert({ result }: { result: TestResult }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  if (result.pending) {
    return (
      <Alert color="blue" title={t('training.take.received')} data-testid="test-result">
        {t('training.take.pending')}
      </Alert>
    );
  }
  return (
    <Alert color="green" title={t('training.take.received')} data-testid="test-result">
      {t('training.take.score', {
        score: format.number(result.score),
        max: format.number(result.maxScore),
        percent: format.percent(result.percent),
      })}
    </Alert>
  );
}

/** The test of one phase; `onDone` leads back to the overview. */
export function TakeTest({ code, phase, onDone }: { code: string; phase: Phase; onDone: () => void }) {
  const { t } = useTranslation();
  const test = useQuery(publicTestQuery(code, phase));
  const submit = useSubmitTest(code, phase);
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>({});
  const [confirming, setConfirming] = useState(false);
  if (test.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!test.data || test.data.state !== 'ready') {
    return (
      <Stack gap="sm">
        {test.data ? (
          <Alert color="yellow">
            {t(test.data.state === 'taken' ? 'training.take.alreadyTaken' : 'training.take.notOpen')}
          </Alert>
        ) : (
          <ErrorAlert error={test.error} />
        )}
        <Group>
          <Button variant="default" onClick={onDone}>
            {t('training.take.back')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (submit.data) {
    return (
      <Stack gap="sm">
        <TestResultAlert result={submit.data} />
        <Group>
          <Button variant="default" onClick={onDone}>
            {t('training.take.back')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const { questions } = test.data.test;
  const blank = questions.filter((question) => !isAnswered(answers[question.id])).length;
  return (
    <Stack gap="md">
      <Text>{t('training.take.instructions', { count: questions.length })}</Text>
      {questions.map((question, index) => (
        <QuestionCard
          key={question.id}
          question={question}
          number={index + 1}
          total={questions.length}
          value={answers[question.id]}
          onChange={(answer) => setAnswers({ ...answers, [question.id]: answer })}
          disabled={submit.isPending}
        />
      ))}
      <ErrorAlert error={submit.error} />
      <Group justify="space-between">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => setConfirming(true)}>{t('training.take.submit')}</Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('training.take.confirmTitle')}>
        <Stack gap="sm">
          <Text>{t('training.take.confirmBody')}</Text>
          {blank > 0 && <Alert color="yellow">{t('training.take.blank', { count: blank })}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('training.take.keepAnswering')}
            </Button>
            <Button
              loading={submit.isPending}
              onClick={() => submit.mutate(givenAnswers(answers), { onSettled: () => setConfirming(false) })}
            >
              {t('training.take.confirmSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
