/** Changes an interpreter's availability: weekly windows in their time zone, extra dated periods, unavailability. */
import { ActionIcon, Button, Fieldset, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPath } from '../../api';
import { FormActions } from '../../components/FormActions';
import { notifySuccess } from '../../components/notify';
import { useSaveAvailability, type Availability } from './interpretersApi';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** ISO instant → the value of a datetime-local input (browser time). */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : '');

interface PeriodRow {
  startsAt: string;
  endsAt: string;
  note: string;
}

function PeriodRows({
  legend,
  rows,
  onChange,
  withNote,
  path,
  errors,
}: {
  legend: string;
  rows: PeriodRow[];
  onChange: (rows: PeriodRow[]) => void;
  withNote: boolean;
  path: string;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<PeriodRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Fieldset legend={legend}>
      <Stack gap="xs">
        {rows.map((row, i) => (
          <Group key={i} align="flex-end" wrap="wrap">
            <TextInput
              type="datetime-local"
              dir="ltr"
              label={t('interpreters.fields.from')}
              value={row.startsAt}
              onChange={(e) => update(i, { startsAt: e.currentTarget.value })}
              error={errors[`${path}.${i}.startsAt`]}
            />
            <TextInput
              type="datetime-local"
              dir="ltr"
              label={t('interpreters.fields.to')}
              value={row.endsAt}
              onChange={(e) => update(i, { endsAt: e.currentTarget.value })}
              error={errors[`${path}.${i}.endsAt`]}
            />
            {withNote && (
              <TextInput
                label={t('interpreters.fields.note')}
                value={row.note}
                onChange={(e) => update(i, { note: e.currentTarget.value })}
                w={160}
              />
            )}
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('interpreters.interpreter.remove')}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="xs"
          onClick={() => onChange([...rows, { startsAt: '', endsAt: '', note: '' }])}
          w="fit-content"
        >
          {t('interpreters.interpreter.addPeriod')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** The dialog. */
export function AvailabilityForm({
  interpreterId,
  availability,
  onClose,
}: {
  interpreterId: string;
  availability: Availability;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveAvailability(interpreterId);
  const [weekly, setWeekly] = useState(
    availability.weekly.map((w) => ({ weekday: String(w.weekday), start: w.start, end: w.end })),
  );
  const [dated, setDated] = useState<PeriodRow[]>(
    availability.dated.map((p) => ({
      startsAt: toLocalInput(p.startsAt),
      endsAt: toLocalInput(p.endsAt),
      note: '',
    })),
  );
  const [unavailable, setUnavailable] = useState<PeriodRow[]>(
    availability.unavailable.map((p) => ({
      startsAt: toLocalInput(p.startsAt),
      endsAt: toLocalInput(p.endsAt),
      note: p.note,
    })),
  );
  const errors = fieldErrorsByPath(save.error);
  const updateWeekly = (i: number, patch: Partial<(typeof weekly)[number]>) =>
    setWeekly((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        weekly: weekly.map((w) => ({ weekday: Number(w.weekday), start: w.start, end: w.end })),
        dated: dated.map((p) => ({ startsAt: fromLocalInput(p.startsAt), endsAt: fromLocalInput(p.endsAt) })),
        unavailable: unavailable.map((p) => ({
          startsAt: fromLocalInput(p.startsAt),
          endsAt: fromLocalInput(p.endsAt),
          note: p.note,
        })),
      },
      {
        onSuccess: () => {
          notifySuccess(t('interpreters.interpreter.availabilitySaved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('interpreters.interpreter.editAvailability')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Fieldset legend={t('interpreters.interpreter.weekly')}>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('interpreters.interpreter.timesIn', { timeZone: availability.timeZone })}
              </Text>
              {weekly.map((w, i) => (
                <Group key={i} align="flex-end">
                  <Select
                    label={t('interpreters.fields.weekday')}
                    data={WEEKDAYS.map((d) => ({ value: d, label: t(`interpreters.weekday.${d}`) }))}
                    value={w.weekday}
                    onChange={(value) => updateWeekly(i, { weekday: value ?? '1' })}
                    allowDeselect={false}
                    w={150}
                  />
                  <TextInput
                    type="time"
                    dir="ltr"
                    label={t('interpreters.fields.from')}
                    value={w.start}
                    onChange={(e) => updateWeekly(i, { start: e.currentTarget.value })}
                    error={errors[`weekly.${i}.start`]}
                  />
                  <TextInput
                    type="time"
                    dir="ltr"
                    label={t('interpreters.fields.to')}
                    value={w.end}
                    onChange={(e) => updateWeekly(i, { end: e.currentTarget.value })}
                    error={errors[`weekly.${i}.end`]}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    aria-label={t('interpreters.interpreter.remove')}
                    onClick={() => setWeekly((rows) => rows.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                size="xs"
                w="fit-content"
                onClick={() => setWeekly((rows) => [...rows, { weekday: '1', start: '09:00', end: '17:00' }])}
              >
                {t('interpreters.interpreter.addWindow')}
              </Button>
            </Stack>
          </Fieldset>
          <PeriodRows
            legend={t('interpreters.interpreter.dated')}
            rows={dated}
            onChange={setDated}
            withNote={false}
            path="dated"
            errors={errors}
          />
          <PeriodRows
            legend={t('interpreters.interpreter.unavailable')}
            rows={unavailable}
            onChange={setUnavailable}
            withNote
            path="unavailable"
            errors={errors}
          />
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
