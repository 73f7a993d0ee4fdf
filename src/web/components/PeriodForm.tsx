/** A period of days (from, to) edited locally and applied on submit, with an optional reset to a default period. */
import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

export interface Period {
  from: string;
  to: string;
}

export interface PeriodLabels {
  form: string;
  from: string;
  to: string;
  apply: string;
  toBeforeFrom: string;
}

/** The period form of reports and analytics. */
export function PeriodForm({
  initial,
  onApply,
  labels,
  errors = {},
  reset,
}: {
  initial: Period;
  onApply: (period: Period) => void;
  labels: PeriodLabels;
  errors?: Record<string, string>;
  reset?: { label: string; period: () => Period };
}) {
  const [period, setPeriod] = useState(initial);
  const invalid = !period.from || !period.to || period.to < period.from;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid) {
      onApply(period);
    }
  };
  return (
    <form onSubmit={submit} aria-label={labels.form}>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="date"
          dir="ltr"
          label={labels.from}
          required
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
          error={errors.from}
        />
        <TextInput
          type="date"
          dir="ltr"
          label={labels.to}
          required
          value={period.to}
          onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
          error={
            errors.to ??
            (period.to && period.from && period.to < period.from ? labels.toBeforeFrom : undefined)
          }
        />
        <Button type="submit" disabled={invalid}>
          {labels.apply}
        </Button>
        {reset && (
          <Button
            variant="default"
            onClick={() => {
              const next = reset.period();
              setPeriod(next);
              onApply(next);
            }}
          >
            {reset.label}
          </Button>
        )}
      </Group>
    </form>
  );
}
