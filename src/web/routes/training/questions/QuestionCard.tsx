/**
 * One question to answer, on a card of its own: radios for one choice and for true/false, checkboxes for
 * several, a text area for a short answer. The same card serves the public test, paper entry and quizzes.
 */
import { Badge, Card, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../courses/coursesApi';
import type { Answer } from '../sessions/sessionsApi';

export type AnswerableQuestion = Pick<Question, 'id' | 'kind' | 'text' | 'options' | 'points'>;

/** The card; `value` is the answer so far. */
export function QuestionCard({
  question,
  number,
  total,
  value,
  onChange,
  disabled,
}: {
  question: AnswerableQuestion;
  number: number;
  total: number;
  value: Answer | undefined;
  onChange: (answer: Answer) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const label = (
    <Text component="span" fw={600} size="md">
      {question.text}
    </Text>
  );
  const input = () => {
    switch (question.kind) {
      case 'single':
        return (
          <Radio.Group
            label={label}
            description={t('training.questions.chooseOne')}
            value={typeof value === 'string' ? value : null}
            onChange={onChange}
          >
            <Stack gap="xs" mt="xs">
              {question.options.map((option) => (
                <Radio key={option.id} value={option.id} label={option.text} disabled={disabled} />
              ))}
            </Stack>
          </Radio.Group>
        );
      case 'multiple':
        return (
          <Checkbox.Group
            label={label}
            description={t('training.questions.chooseAll')}
            value={Array.isArray(value) ? value : []}
            onChange={onChange}
          >
            <Stack gap="xs" mt="xs">
              {question.options.map((option) => (
                <Checkbox key={option.id} value={option.id} label={option.text} disabled={disabled} />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      case 'true-false': {
        // The server makes the two options, True then False; their words are the interface's own.
        return (
          <Radio.Group label={label} value={typeof value === 'string' ? value : null} onChange={onChange}>
            <Group gap="lg" mt="xs">
              {question.options.map((option, index) => (
                <Radio
                  key={option.id}
                  value={option.id}
                  label={t(index === 0 ? 'training.questions.true' : 'training.questions.false')}
                  disabled={disabled}
                />
              ))}
            </Group>
          </Radio.Group>
        );
      }
      case 'short':
        return (
          <Textarea
            label={label}
            description={t('training.questions.shortHint')}
            autosize
            minRows={3}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => onChange(event.currentTarget.value)}
            disabled={disabled}
          />
        );
    }
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="sm" c="dimmed" id={headingId}>
          {t('training.questions.number', { number, total })}
        </Text>
        <Badge variant="light">{t('training.questions.points', { count: question.points })}</Badge>
      </Group>
      {input()}
    </Card>
  );
}
