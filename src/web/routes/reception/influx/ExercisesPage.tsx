/** The exercises tab: past and running simulated influxes, and (with influx.activate) starting a new one. */
import { Anchor, Badge, Button, Group, Modal, NumberInput, Progress, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { postReception, useReceptionWrite } from '../centres/centresApi';
import { exercisesQuery, plansQuery, type Exercise, type ExerciseBody } from './influxApi';

type Draft = Omit<ExerciseBody, 'planId' | 'seed'> & { planId: string | null; seed: number | string };

function StartDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plans = useQuery(plansQuery);
  const [draft, setDraft] = useState<Draft>({
    planId: null,
    name: '',
    people: 200,
    minutes: 60,
    familyShare: 0.5,
    minorShare: 0.2,
    vulnerableShare: 0.15,
    seed: '',
    mode: 'auto',
    clerks: 4,
    secondsPerPerson: 60,
  });
  const start = useReceptionWrite((body: ExerciseBody) => postReception<Exercise>('/influx/exercises', body));
  const errors = fieldErrors(start.error);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const number = (key: 'people' | 'minutes' | 'clerks' | 'secondsPerPerson') => (value: number | string) => set(key)(Number(value) || 0);
  const share = (key: 'familyShare' | 'minorShare' | 'vulnerableShare') => (value: number | string) => set(key)((Number(value) || 0) / 100);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate(
      { ...draft, planId: draft.planId ?? '', name: draft.name.trim(), seed: draft.seed === '' ? undefined : Number(draft.seed) },
      {
        onSuccess: (exercise) => {
          notifySuccess(t('reception.exercises.started', { name: exercise.name }));
          void navigate({ to: '/reception/exercises/$id', params: { id: exercise.id } });
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('reception.exercises.start')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('reception.exercises.name')} required data-autofocus value={draft.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errors.name} />
          <Select label={t('reception.plans.plan')} required data={(plans.data?.plans ?? []).map((p) => ({ value: p.id, label: p.name }))} value={draft.planId} onChange={set('planId')} error={errors.planId} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput label={t('reception.exercises.people')} min={1} max={5000} value={draft.people} onChange={number('people')} error={errors.people} />
            <NumberInput label={t('reception.exercises.minutes')} min={1} max={1440} value={draft.minutes} onChange={number('minutes')} error={errors.minutes} />
            <NumberInput label={t('reception.exercises.familyShare')} suffix=" %" min={0} max={100} value={Math.round(draft.familyShare * 100)} onChange={share('familyShare')} error={errors.familyShare} />
            <NumberInput label={t('reception.exercises.minorShare')} suffix=" %" min={0} max={100} value={Math.round(draft.minorShare * 100)} onChange={share('minorShare')} error={errors.minorShare} />
            <NumberInput label={t('reception.exercises.vulnerableShare')} suffix=" %" min={0} max={100} value={Math.round(draft.vulnerableShare * 100)} onChange={share('vulnerableShare')} error={errors.vulnerableShare} />
            <NumberInput label={t('reception.exercises.seed')} description={t('reception.exercises.seedHint')} allowDecimal={false} value={draft.seed} onChange={set('seed')} error={errors.seed} />
          </SimpleGrid>
          <SegmentedControl
            aria-label={t('reception.exercises.mode')}
            data={(['auto', 'manual'] as const).map((value) => ({ value, label: t(`reception.exercises.modes.${value}`) }))}
            value={draft.mode}
            onChange={(value) => set('mode')(value === 'manual' ? 'manual' : 'auto')}
          />
          <Text size="sm" c="dimmed">{t(`reception.exercises.modeHints.${draft.mode}`)}</Text>
          {draft.mode === 'auto' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NumberInput label={t('reception.exercises.clerks')} min={1} max={100} value={draft.clerks} onChange={number('clerks')} error={errors.clerks} />
              <NumberInput label={t('reception.exercises.secondsPerPerson')} min={5} max={3600} value={draft.secondsPerPerson} onChange={number('secondsPerPerson')} error={errors.secondsPerPerson} />
            </SimpleGrid>
          )}
          <FormActions error={start.error} pending={start.isPending} onCancel={onClose} saveLabel={t('reception.exercises.startSubmit')} />
        </Stack>
      </form>
    </Modal>
  );
}

/** How far an exercise got: registered of all simulated people. */
export function ExerciseProgress({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = exercise.people > 0 ? Math.round((exercise.registered / exercise.people) * 100) : 0;
  return (
    <Stack gap={2} miw={160}>
      <Progress value={percent} aria-label={t('reception.exercises.progress')} />
      <Text size="xs">{t('reception.exercises.registeredOf', { registered: format.number(exercise.registered), people: format.number(exercise.people) })}</Text>
    </Stack>
  );
}

/** The exercises tab. */
export function ExercisesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const exercises = useQuery(exercisesQuery());
  const plans = useQuery(plansQuery);
  const [starting, setStarting] = useState(false);
  const planName = (id: string) => plans.data?.plans.find((p) => p.id === id)?.name ?? '—';
  const rows = exercises.data?.exercises ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('reception.exercises.intro')}</Text>
        {plans.data?.can.activate && <Button onClick={() => setStarting(true)}>{t('reception.exercises.start')}</Button>}
      </Group>
      <ErrorAlert error={exercises.error} />
      {exercises.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('reception.exercises.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder aria-label={t('reception.tabs.exercises')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reception.exercises.name')}</Table.Th>
                <Table.Th>{t('reception.plans.plan')}</Table.Th>
                <Table.Th>{t('reception.exercises.mode')}</Table.Th>
                <Table.Th>{t('reception.exercises.startedAt')}</Table.Th>
                <Table.Th>{t('reception.fields.status')}</Table.Th>
                <Table.Th>{t('reception.exercises.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((exercise) => (
                <Table.Tr key={exercise.id}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor renderRoot={(props) => <Link {...props} to="/reception/exercises/$id" params={{ id: exercise.id }} />}>
                      {exercise.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{planName(exercise.planId)}</Table.Td>
                  <Table.Td>{t(`reception.exercises.modes.${exercise.mode}`)}</Table.Td>
                  <Table.Td>{format.dateTime(exercise.startedAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={exercise.status === 'running' ? 'grape' : 'gray'} variant="light">
                      {t(`reception.exercises.statuses.${exercise.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <ExerciseProgress exercise={exercise} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {starting && <StartDialog onClose={() => setStarting(false)} />}
    </Stack>
  );
}
