/**
 * The mass-influx desk: the contingency plan (activated by those who may), then the fast pre-registration of
 * one group after another, each ending with the group's centre and wristbands. In a manual exercise the
 * simulated arrivals queue beside the form, and what is saved stays in the exercise.
 */
import { Alert, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../format';
import { arrivalsQuery, exercisesQuery, plansQuery, type Arrival, type Plan, type RegistrationResult } from './influxApi';
import { PlanControls } from './PlanControls';
import { draftsOf, PreRegisterForm } from './PreRegisterForm';
import { WristbandLookup } from './WristbandLookup';
import { Wristbands } from './Wristbands';

const route = getRouteApi('/app/reception/influx');

/** The plan named in the address, else the first active one, else the first. */
export function pickPlan(plans: Plan[], id: string | undefined): Plan | undefined {
  return plans.find((p) => p.id === id) ?? plans.find((p) => p.status === 'active') ?? plans[0];
}

/** Arrivals of the queue grouped as they travel (one family per group), oldest first. */
function groupsOf(arrivals: Arrival[]): Arrival[][] {
  const groups = new Map<string, Arrival[]>();
  for (const arrival of arrivals) {
    groups.set(arrival.groupKey, [...(groups.get(arrival.groupKey) ?? []), arrival]);
  }
  return [...groups.values()];
}

function ArrivalsQueue({ exerciseId, onTake }: { exerciseId: string; onTake: (group: Arrival[]) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const arrivals = useQuery(arrivalsQuery(exerciseId));
  const groups = groupsOf(arrivals.data?.arrivals ?? []).slice(0, 5);
  return (
    <Card withBorder padding="sm" component="section" aria-label={t('reception.exercises.queue')}>
      <Title order={3} size="h5" mb="xs">
        {t('reception.exercises.queue')}
      </Title>
      <ErrorAlert error={arrivals.error} />
      {groups.length === 0 ? (
        <Text c="dimmed" size="sm">{t('reception.exercises.queueEmpty')}</Text>
      ) : (
        <Table aria-label={t('reception.exercises.queue')} fz="sm">
          <Table.Tbody>
            {groups.map((group) => (
              <Table.Tr key={group[0]!.groupKey}>
                <Table.Td>{format.dateTime(group[0]!.arrivesAt)}</Table.Td>
                <Table.Td dir="auto">{format.list(group.map((a) => a.name))}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => onTake(group)}>
                    {t('reception.exercises.take')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** The pre-registration tab. */
export function InfluxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const plans = useQuery(plansQuery);
  const plan = pickPlan(plans.data?.plans ?? [], search.plan);
  const exercises = useQuery({ ...exercisesQuery(plan?.id), enabled: !!plan });
  const manual = (exercises.data?.exercises ?? []).filter((e) => e.status === 'running' && e.mode === 'manual');
  const exercise = manual.find((e) => e.id === search.exercise);
  const [result, setResult] = useState<RegistrationResult | null>(null);
  const [taken, setTaken] = useState<Arrival[] | null>(null);
  // A new key gives the next group an empty form, its first field focused.
  const [round, setRound] = useState(0);
  const next = () => {
    setResult(null);
    setTaken(null);
    setRound((n) => n + 1);
  };
  const setSearch = (patch: { plan?: string; exercise?: string }) =>
    void navigate({ to: '/reception/influx', search: { plan: plan?.id, exercise: exercise?.id, ...patch } });
  if (plans.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  const open = plan && (plan.status === 'active' || exercise);
  return (
    <Stack gap="md">
      <ErrorAlert error={plans.error} />
      {plans.data && plans.data.plans.length === 0 && !plans.data.can.activate && (
        <Text c="dimmed">{t('reception.plans.none')}</Text>
      )}
      {plans.data && (
        <PlanControls
          plans={plans.data.plans}
          plan={plan}
          onPick={(id) => setSearch({ plan: id, exercise: undefined })}
          canActivate={plans.data.can.activate}
        />
      )}
      {manual.length > 0 && (
        <Select
          label={t('reception.exercises.registerInto')}
          description={t('reception.exercises.registerIntoHint')}
          data={[{ value: '', label: t('reception.exercises.realData') }, ...manual.map((e) => ({ value: e.id, label: e.name }))]}
          value={exercise?.id ?? ''}
          onChange={(value) => setSearch({ exercise: value || undefined })}
          allowDeselect={false}
          maw={420}
        />
      )}
      {exercise && (
        <Alert color="grape" title={t('reception.exercises.banner', { name: exercise.name })}>
          {t('reception.exercises.bannerBody')}
        </Alert>
      )}
      {plan && !open && <Alert color="gray">{t('reception.preregister.planInactive')}</Alert>}
      {plan && open && (
        <Group align="flex-start" gap="md" wrap="wrap">
          <Card withBorder padding="md" style={{ flex: '3 1 40rem' }} component="section" aria-label={t('reception.preregister.title')}>
            <Title order={3} size="h4" mb="sm">
              {t('reception.preregister.title')}
            </Title>
            {result ? (
              <Wristbands result={result} onNext={next} />
            ) : (
              <PreRegisterForm
                key={`${round}-${taken?.[0]?.id ?? ''}`}
                context={{ planId: plan.id, exerciseId: exercise?.id }}
                initial={taken ? draftsOf(taken) : undefined}
                onSaved={setResult}
              />
            )}
          </Card>
          {exercise && !result && (
            <div style={{ flex: '1 1 18rem' }}>
              <ArrivalsQueue exerciseId={exercise.id} onTake={setTaken} />
            </div>
          )}
        </Group>
      )}
      <Card withBorder padding="md">
        <WristbandLookup />
      </Card>
    </Stack>
  );
}
