/** The dialog that creates a course or changes one: code, title, description, objectives, level and the two marks. */
import { Group, Modal, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { RepeatableRows } from '../../../components/RepeatableRows';
import { COURSE_LEVELS, useSaveCourse, type Course, type CourseBody } from './coursesApi';
import { FormActions } from '../../../components/FormActions';
import { TitleFields } from '../TitleFields';

const MAX_OBJECTIVES = 20;

function emptyCourse(): CourseBody {
  return {
    code: '',
    title: '',
    description: '',
    objectives: [''],
    level: null,
    passMark: 70,
    attendanceThreshold: 80,
    active: true,
  };
}

function percentOf(value: string | number): number {
  return typeof value === 'number' ? value : Number(value) || 0;
}

/** The dialog; `onSaved` gets the course as the server saved it. */
export function CourseForm({
  course,
  onClose,
  onSaved,
}: {
  course?: Course;
  onClose: () => void;
  onSaved?: (course: Course) => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState<CourseBody>(() => (course ? { ...course } : emptyCourse()));
  const save = useSaveCourse(course?.id);
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<CourseBody>) => setBody({ ...body, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const objectives = body.objectives.map((objective) => objective.trim()).filter(Boolean);
    save.mutate(
      { ...body, code: body.code.trim(), title: body.title.trim(), objectives },
      {
        onSuccess: (saved) => {
          notifySuccess(
            t(course ? 'training.courses.saved' : 'training.courses.created', { title: saved.title }),
          );
          onSaved?.(saved);
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
      title={course ? t('training.courses.editTitle', { title: course.title }) : t('training.courses.new')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput
              label={t('training.fields.code')}
              required
              dir="ltr"
              data-autofocus
              value={body.code}
              onChange={(event) => set({ code: event.currentTarget.value })}
              error={errors.code}
            />
            <Select
              label={t('training.fields.level')}
              data={[
                { value: '', label: t('training.courses.noLevel') },
                ...COURSE_LEVELS.map((level) => ({
                  value: String(level),
                  label: t('training.courses.levelN', { level }),
                })),
              ]}
              value={body.level === null ? '' : String(body.level)}
              onChange={(value) =>
                set({ level: COURSE_LEVELS.find((level) => String(level) === value) ?? null })
              }
              allowDeselect={false}
              error={errors.level}
            />
          </Group>
          <TitleFields value={body} errors={errors} onChange={set} />
          <RepeatableRows
            legend={t('training.courses.objectives')}
            rows={body.objectives}
            onChange={(objectives) => set({ objectives })}
            newRow={() => ''}
            addLabel={t('training.courses.addObjective')}
            rowLabel={(n) => t('training.courses.objectiveN', { n })}
            emptyText={t('training.courses.noObjectives')}
            max={MAX_OBJECTIVES}
            error={errors.objectives}
            renderRow={(objective, _update, index, focus) => (
              <TextInput
                label={t('training.courses.objectiveN', { n: index + 1 })}
                value={objective}
                autoFocus={focus}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  set({ objectives: body.objectives.map((o, i) => (i === index ? text : o)) });
                }}
                style={{ flex: '1 1 20rem' }}
              />
            )}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('training.fields.passMark')}
              description={t('training.courses.passMarkHint')}
              min={0}
              max={100}
              suffix=" %"
              allowDecimal={false}
              value={body.passMark}
              onChange={(value) => set({ passMark: percentOf(value) })}
              error={errors.passMark}
            />
            <NumberInput
              label={t('training.fields.attendanceThreshold')}
              description={t('training.courses.attendanceHint')}
              min={0}
              max={100}
              suffix=" %"
              allowDecimal={false}
              value={body.attendanceThreshold}
              onChange={(value) => set({ attendanceThreshold: percentOf(value) })}
              error={errors.attendanceThreshold}
            />
          </Group>
          <Switch
            label={t('training.fields.active')}
            checked={body.active}
            onChange={(event) => set({ active: event.currentTarget.checked })}
          />
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
