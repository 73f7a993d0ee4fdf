/**
 * A labelled list of editable rows with an "Add" button and a "Remove" button on every row. Keyboard
 * friendly: a new row takes the focus, and removing a row hands the focus back to the "Add" button.
 */
import { Button, Fieldset, Group, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  legend: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  newRow: () => T;
  /** Text of the add button, e.g. "Add a contact". */
  addLabel: string;
  /** Accessible name of row `n` (1-based), e.g. "Contact 2". */
  rowLabel: (n: number) => string;
  emptyText: string;
  max: number;
  /** An error about the list as a whole. */
  error?: string;
  /** The row's inputs; `autoFocus` is true for the first input of a row just added. */
  renderRow: (row: T, update: (patch: Partial<T>) => void, index: number, autoFocus: boolean) => ReactNode;
}

/** Rows of the same shape (other names, contacts, addresses) edited in place. */
export function RepeatableRows<T>({ legend, rows, onChange, newRow, addLabel, rowLabel, emptyText, max, error, renderRow }: Props<T>) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const [added, setAdded] = useState<number | null>(null);
  const update = (index: number) => (patch: Partial<T>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    setAdded(null);
    addButton.current?.focus();
  };
  const add = () => {
    setAdded(rows.length);
    onChange([...rows, newRow()]);
  };
  return (
    <Fieldset legend={<Text fw={600}>{legend}</Text>} variant="unstyled">
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        )}
        {rows.map((row, index) => (
          <Paper key={index} withBorder p="xs" role="group" aria-label={rowLabel(index + 1)}>
            <Group align="flex-end" gap="xs" wrap="wrap">
              {renderRow(row, update(index), index, index === added)}
              <Button variant="subtle" color="red" size="sm" onClick={() => remove(index)} aria-label={t('common.removeNamed', { name: rowLabel(index + 1) })}>
                {t('common.remove')}
              </Button>
            </Group>
          </Paper>
        ))}
        {error && (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button ref={addButton} variant="light" size="sm" onClick={add} disabled={rows.length >= max}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
