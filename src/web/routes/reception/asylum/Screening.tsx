/**
 * Vulnerability screening: the standard questionnaire (yes/no per question, grouped by the EU Reception
 * Conditions Directive categories) and a screening's results. The server leaves out what the caller is
 * not cleared to see; a screening that flags such categories comes back as "restricted".
 */
import { Alert, Badge, Fieldset, Group, Modal, Radio, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { todayIn } from '../../border/desk/deskFormat';
import { BORDER_TIME_ZONE } from '../../../../server/modules/border/reference';
import type { PersonSummary } from '../../people/peopleApi';
import { DialogForm } from '../../../components/DialogForm';
import { personName } from '../PersonPicker';
import { useDay } from './ApplicationPage';
import { questionnaireQuery, screeningQuery, useAsylumWrite, type ScreeningResult } from './asylumApi';

/** The label of a category code. */
export function useCategory() {
  const { t } = useTranslation();
  return (code: string) => t(`asylum.categories.${code as 'minor'}`, { defaultValue: code });
}

/** A question in the interface language when the standard set has it, else the questionnaire's own text. */
function useQuestion() {
  const { t } = useTranslation();
  return (question: { code: string; text: string }) => t(`asylum.questions.${question.code as 'torture'}`, { defaultValue: question.text });
}

/** The questionnaire as a dialog; every question must be answered. */
export function ScreeningDialog({ person, onClose }: { person: PersonSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const category = useCategory();
  const questionText = useQuestion();
  const questionnaire = useQuery(questionnaireQuery());
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [screenedOn, setScreenedOn] = useState(todayIn(BORDER_TIME_ZONE));
  const [note, setNote] = useState('');
  const screen = useAsylumWrite((body: Record<string, unknown>) => api.post<ScreeningResult>('/api/asylum/screenings', body));
  const errors = fieldErrors(screen.error);
  const q = questionnaire.data;
  const categories = q ? [...new Set(q.questions.map((question) => question.category))] : [];
  return (
    <DialogForm
      title={t('asylum.screening.titleFor', { name: personName(person) })}
      size="xl"
      onClose={onClose}
      error={screen.error}
      pending={screen.isPending}
      saveLabel={t('asylum.screening.submit')}
      onSubmit={() =>
        screen.mutate(
          { personId: person.id, version: q?.version ?? 1, screenedOn, answers, note: note.trim() || undefined },
          {
            onSuccess: (result) => {
              notifySuccess(
                'restricted' in result
                  ? t('asylum.screening.savedRestricted')
                  : t('asylum.screening.saved', { count: result.flagged.length }),
              );
              onClose();
            },
          },
        )
      }
    >
      <ErrorAlert error={questionnaire.error} />
      <TextInput type="date" dir="ltr" label={t('asylum.screening.screenedOn')} required value={screenedOn} onChange={(e) => setScreenedOn(e.currentTarget.value)} error={errors.screenedOn} />
      {q && <Text size="sm" c="dimmed">{t('asylum.screening.version', { version: q.version })}</Text>}
      {errors.answers && <Text c="red.8" size="sm" role="alert">{errors.answers}</Text>}
      {q &&
        categories.map((code) => (
          <Fieldset key={code} legend={category(code)}>
            <Stack gap="xs">
              {q.questions
                .filter((question) => question.category === code)
                .map((question, index) => (
                  <Radio.Group
                    key={question.code}
                    label={questionText(question)}
                    required
                    value={question.code in answers ? String(answers[question.code]) : null}
                    onChange={(value) => setAnswers((a) => ({ ...a, [question.code]: value === 'true' }))}
                  >
                    <Group gap="md" mt={4}>
                      <Radio value="true" label={t('common.yes')} data-autofocus={(code === categories[0] && index === 0) || undefined} />
                      <Radio value="false" label={t('common.no')} />
                    </Group>
                  </Radio.Group>
                ))}
            </Stack>
          </Fieldset>
        ))}
      <Textarea label={t('asylum.fields.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize error={errors.note} />
    </DialogForm>
  );
}

/** Flagged categories as badges (or "none flagged"). */
export function FlaggedBadges({ flagged }: { flagged: string[] }) {
  const { t } = useTranslation();
  const category = useCategory();
  if (flagged.length === 0) {
    return <Text size="sm" c="dimmed">{t('asylum.screening.noneFlagged')}</Text>;
  }
  return (
    <Group gap={4}>
      {flagged.map((code) => (
        <Badge key={code} color="orange" variant="light">{category(code)}</Badge>
      ))}
    </Group>
  );
}

/** One screening's answers and results in a dialog (404 when the caller lacks a clearance it needs). */
export function ScreeningView({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const day = useDay();
  const category = useCategory();
  const questionText = useQuestion();
  const screening = useQuery(screeningQuery(id));
  const questions = useQuery({ ...questionnaireQuery(screening.data?.version), enabled: !!screening.data });
  const s = screening.data;
  return (
    <Modal opened onClose={onClose} title={t('asylum.screening.result')} size="xl">
      <Stack gap="sm">
        <ErrorAlert error={screening.error} />
        {s && (
          <>
            <Text>{t('asylum.screening.by', { date: day(s.screenedOn), name: s.screenedBy.name, version: s.version })}</Text>
            <FlaggedBadges flagged={s.flagged} />
            {s.labels.length > 0 && (
              <Alert color="grape" title={t('asylum.screening.sensitive')}>
                {s.labels.map((label) => t(`clearances.${label as 'health'}`, { defaultValue: label })).join(', ')}
              </Alert>
            )}
            <Table striped withTableBorder aria-label={t('asylum.screening.answers')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('asylum.followUps.category')}</Table.Th>
                  <Table.Th>{t('asylum.screening.question')}</Table.Th>
                  <Table.Th>{t('asylum.screening.answer')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {Object.entries(s.answers).map(([code, yes]) => {
                  const question = questions.data?.questions.find((q) => q.code === code);
                  return (
                    <Table.Tr key={code}>
                      <Table.Td>{question ? category(question.category) : '—'}</Table.Td>
                      <Table.Td>{question ? questionText(question) : code}</Table.Td>
                      <Table.Td>{yes ? <Badge color="orange">{t('common.yes')}</Badge> : t('common.no')}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            {s.note && <Text size="sm">{s.note}</Text>}
          </>
        )}
      </Stack>
    </Modal>
  );
}
