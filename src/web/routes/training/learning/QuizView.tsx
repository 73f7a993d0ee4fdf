/** A quiz lesson as the learner takes it: its questions on cards, then the score and whether it passed; retakes allowed. */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { Lesson } from '../elearning/elearningApi';
import { useLessonDone } from '../elearning/elearningApi';
import { givenAnswers, isAnswered } from '../questions/answers';
import { QuestionCard } from '../questions/QuestionCard';
import type { Answer } from '../sessions/sessionsApi';
import { useTrainingFormat } from '../trainingFormat';

/** The quiz; `best` is the learner's best percent so far, if any. */
export function QuizView({
  moduleId,
  lesson,
  passMark,
  best,
}: {
  moduleId: string;
  lesson: Lesson;
  passMark: number;
  best: number | undefined;
}) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const done = useLessonDone(moduleId);
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>({});
  const result = done.data?.quiz;
  const complete = lesson.questions.every((question) => isAnswered(answers[question.id]));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('training.quiz.passMark', { passMark: format.percent(passMark) })}
        {best !== undefined && ` · ${t('training.quiz.best', { percent: format.percent(best) })}`}
      </Text>
      {result ? (
        <Stack gap="sm">
          <Alert
            color={result.passed ? 'green' : 'red'}
            title={t(result.passed ? 'training.quiz.passed' : 'training.quiz.failed')}
            data-testid="quiz-result"
          >
            {t('training.quiz.score', {
              percent: format.percent(result.percent),
              passMark: format.percent(passMark),
            })}
          </Alert>
          {!result.passed && (
            <Group>
              <Button
                variant="default"
                onClick={() => {
                  setAnswers({});
                  done.reset();
                }}
              >
                {t('training.quiz.retry')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : (
        <>
          {lesson.questions.map((question, index) => (
            <QuestionCard
              key={question.id}
              question={question}
              number={index + 1}
              total={lesson.questions.length}
              value={answers[question.id]}
              onChange={(answer) => setAnswers({ ...answers, [question.id]: answer })}
              disabled={done.isPending}
            />
          ))}
          <ErrorAlert error={done.error} />
          <Group>
            <Button
              loading={done.isPending}
              disabled={!complete}
              onClick={() => done.mutate({ lessonId: lesson.id, answers: givenAnswers(answers) })}
            >
              {t('training.quiz.submit')}
            </Button>
            {!complete && (
              <Text size="sm" c="dimmed">
                {t('training.quiz.answerAll')}
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
