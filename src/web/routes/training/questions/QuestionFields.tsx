/**
 * The fields of one question as a coordinator writes it (for the bank and for quiz lessons): kind, text,
 * points, and by kind the options with the right ones, partial credit, or the right answer to true/false.
 */
import {
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RepeatableRows } from '../../../components/RepeatableRows';
import type { QuestionKind } from '../courses/coursesApi';
import type { QuestionDraft } from './questionDraft';

const MAX_OPTIONS = 10;

/** The fields; `kinds` limits the kinds offered (quizzes have no short answers). */
export function QuestionFields({
  draft,
  onChange,
  kinds,
  errors,
  autoFocus,
}: {
  draft: QuestionDraft;
  onChange: (draft: QuestionDraft) => void;
  kinds: readonly QuestionKind[];
  errors: Record<string, string>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<QuestionDraft>) => onChange({ ...draft, ...patch });
  return (
    <Stack gap="sm">
      <Group align="flex-start" grow>
        <Select
          label={t('training.questions.kind')}
          data={kinds.map((kind) => ({ value: kind, label: t(`training.questionKinds.${kind}`) }))}
          value={draft.kind}
          onChange={(value) => {
            const kind = kinds.find((candidate) => candidate === value);
            if (kind) {
              set({ kind });
            }
          }}
          allowDeselect={false}
          data-autofocus={autoFocus || undefined}
        />
        <NumberInput
          label={t('training.questions.pointsLabel')}
          min={1}
          max={100}
          allowDecimal={false}
          value={draft.points}
          onChange={(value) => set({ points: typeof value === 'number' ? value : Number(value) || 0 })}
          error={errors.points}
        />
      </Group>
      <Textarea
        label={t('training.questions.text')}
        required
        autosize
        minRows={2}
        value={draft.text}
        onChange={(event) => set({ text: event.currentTarget.value })}
        error={errors.text}
      />
      {(draft.kind === 'single' || draft.kind === 'multiple') && (
        <>
          <RepeatableRows
            legend={t('training.questions.options')}
            rows={draft.options}
            onChange={(options) => set({ options })}
            newRow={() => ({ text: '', correct: false })}
            addLabel={t('training.questions.addOption')}
            rowLabel={(n) => t('training.questions.optionN', { n })}
            emptyText={t('training.questions.noOptions')}
            max={MAX_OPTIONS}
            error={errors.options}
            renderRow={(option, update, index, focus) => (
              <>
                <TextInput
                  label={t('training.questions.optionN', { n: index + 1 })}
                  value={option.text}
                  onChange={(event) => update({ text: event.currentTarget.value })}
                  autoFocus={focus}
                  style={{ flex: '1 1 16rem' }}
                />
                <Checkbox
                  label={t('training.questions.correct')}
                  checked={option.correct}
                  onChange={(event) => update({ correct: event.currentTarget.checked })}
                  mb={8}
                />
              </>
            )}
          />
          {draft.kind === 'multiple' && (
            <Switch
              label={t('training.questions.partialCredit')}
              description={t('training.questions.partialCreditHint')}
              checked={draft.partialCredit}
              onChange={(event) => set({ partialCredit: event.currentTarget.checked })}
            />
          )}
        </>
      )}
      {draft.kind === 'true-false' && (
        <Radio.Group
          label={t('training.questions.rightAnswer')}
          value={draft.trueIsCorrect ? 'true' : 'false'}
          onChange={(value) => set({ trueIsCorrect: value === 'true' })}
        >
          <Group gap="lg" mt="xs">
            <Radio value="true" label={t('training.questions.true')} />
            <Radio value="false" label={t('training.questions.false')} />
          </Group>
        </Radio.Group>
      )}
      {draft.kind === 'short' && (
        <Text size="sm" c="dimmed">
          {t('training.questions.shortScoring', { count: draft.points })}
        </Text>
      )}
    </Stack>
  );
}
