/** A course's question bank: every question with its kind, points and right answers; add, edit, retire, restore. */
import { Badge, Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { QUESTION_KINDS, questionBody, useSaveQuestion, type Question } from './coursesApi';
import { questionBodyOf, questionDraft, questionProblems } from '../questions/questionDraft';
import { QuestionFields } from '../questions/QuestionFields';
import { FormActions } from '../../../components/FormActions';

/** The right answers in words: the correct options, True/False, or "scored by a trainer". */
export function useRightAnswer(): (question: Pick<Question, 'kind' | 'options'>) => string {
  const { t } = useTranslation();
  return (question) => {
    switch (question.kind) {
      case 'single':
      case 'multiple':
        return (
          question.options
            .filter((option) => option.correct)
            .map((option) => option.text)
            .join('; ') || '—'
        );
      case 'true-false':
        return t(question.options[0]?.correct ? 'training.questions.true' : 'training.questions.false');
      case 'short':
        return t('training.questions.scoredByTrainer');
    }
  };
}

function QuestionDialog({
  courseId,
  question,
  onClose,
}: {
  courseId: string;
  question?: Question;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => questionDraft(question));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useSaveQuestion(courseId, question?.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = questionProblems(draft, t);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    save.mutate(
      { ...questionBodyOf(draft), active: question?.active ?? true },
      {
        onSuccess: () => {
          notifySuccess(t(question ? 'training.questions.saved' : 'training.questions.added'));
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
      title={t(question ? 'training.questions.edit' : 'training.questions.add')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <QuestionFields
            draft={draft}
            onChange={setDraft}
            kinds={QUESTION_KINDS}
            errors={{ ...fieldErrors(save.error), ...problems }}
            autoFocus
          />
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function RetireButton({ courseId, question }: { courseId: string; question: Question }) {
  const { t } = useTranslation();
  const save = useSaveQuestion(courseId, question.id);
  const retiring = question.active;
  return (
    <Button
      size="xs"
      variant="subtle"
      color={retiring ? 'red' : undefined}
      loading={save.isPending}
      aria-label={t(retiring ? 'training.questions.retireNamed' : 'training.questions.restoreNamed', {
        text: question.text,
      })}
      onClick={() =>
        save.mutate(questionBody(question, { active: !retiring }), {
          onSuccess: () =>
            notifySuccess(t(retiring ? 'training.questions.retired' : 'training.questions.restored')),
        })
      }
    >
      {t(retiring ? 'training.questions.retire' : 'training.questions.restore')}
    </Button>
  );
}

/** The bank section of the course page. */
export function QuestionBank({ courseId, questions }: { courseId: string; questions: Question[] }) {
  const { t } = useTranslation();
  const rightAnswer = useRightAnswer();
  const [editing, setEditing] = useState<{ question?: Question } | null>(null);
  return (
    <section aria-labelledby="training-bank-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="training-bank-title">
          {t('training.questions.bank')}
        </Title>
        <Button onClick={() => setEditing({})}>{t('training.questions.add')}</Button>
      </Group>
      {questions.length === 0 ? (
        <Text c="dimmed">{t('training.questions.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder aria-labelledby="training-bank-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.questions.text')}</Table.Th>
                <Table.Th>{t('training.questions.kind')}</Table.Th>
                <Table.Th ta="end">{t('training.questions.pointsLabel')}</Table.Th>
                <Table.Th>{t('training.questions.rightAnswer')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {questions.map((question) => (
                <Table.Tr key={question.id} c={question.active ? undefined : 'dimmed'}>
                  <Table.Th scope="row" fw="normal">
                    {question.text}{' '}
                    {!question.active && (
                      <Badge color="gray" variant="light">
                        {t('training.questions.retiredBadge')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>
                    {t(`training.questionKinds.${question.kind}`)}
                    {question.kind === 'multiple' && question.partialCredit && (
                      <Text size="xs" c="dimmed">
                        {t('training.questions.partialCredit')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="end">{question.points}</Table.Td>
                  <Table.Td>{rightAnswer(question)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('training.questions.editNamed', { text: question.text })}
                        onClick={() => setEditing({ question })}
                      >
                        {t('common.edit')}
                      </Button>
                      <RetireButton courseId={courseId} question={question} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <QuestionDialog courseId={courseId} question={editing.question} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
