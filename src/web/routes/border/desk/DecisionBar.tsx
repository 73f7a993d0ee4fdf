/**
 * The decision on a traveller with one key: admit, refuse (then the ground, one letter A–J of the
 * refusal form) or refer to the second line; the purpose of travel beside it, and the processing time
 * running since the first scan.
 */
import { Button, Group, Kbd, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PURPOSES, REFUSAL_REASON_CODES, type Decision, type Purpose, type RefusalReason } from './deskApi';
import { useDuration } from './deskFormat';
import { DESK_KEYS, useDeskKeys, type DeskCommand } from './deskKeys';

export interface DecisionChoice {
  decision: Decision;
  refusalReason: RefusalReason | null;
}

interface DecisionBarProps {
  /** The document is read and screened: a decision may be taken. */
  ready: boolean;
  pending: boolean;
  purpose: Purpose | null;
  onPurpose: (purpose: Purpose | null) => void;
  onDecide: (choice: DecisionChoice) => void;
}

interface KeyButtonProps {
  command: DeskCommand;
  label: string;
  onClick: () => void;
  color?: string;
  variant?: 'filled' | 'light' | 'default';
  disabled?: boolean;
  loading?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** A button showing its key, e.g. "Admit F2". */
export function KeyButton({ command, label, ...props }: KeyButtonProps) {
  const keys = DESK_KEYS[command];
  return (
    <Button {...props} aria-keyshortcuts={keys.join(' ')}>
      {label}
      <Kbd ms="xs" size="xs">
        {keys[0] === 'Escape' ? 'Esc' : keys[0]}
      </Kbd>
    </Button>
  );
}

/** The decision buttons, with their keys active while a decision may be taken. */
export function DecisionBar({ ready, pending, purpose, onPurpose, onDecide }: DecisionBarProps) {
  const { t } = useTranslation();
  const [refusing, setRefusing] = useState(false);
  const refuseButton = useRef<HTMLButtonElement>(null);
  const enabled = ready && !pending;
  useDeskKeys(
    enabled
      ? {
          admit: () => onDecide({ decision: 'admitted', refusalReason: null }),
          refuse: () => setRefusing(true),
          refer: () => onDecide({ decision: 'referred', refusalReason: null }),
        }
      : {},
  );
  return (
    <Paper withBorder p="sm" role="group" aria-label={t('border.desk.decision.title')}>
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap">
          <KeyButton
            command="admit"
            label={t('border.desk.decision.admit')}
            color="green"
            disabled={!enabled}
            loading={pending}
            onClick={() => onDecide({ decision: 'admitted', refusalReason: null })}
          />
          <KeyButton
            command="refuse"
            label={t('border.desk.decision.refuse')}
            color="red"
            disabled={!enabled}
            ref={refuseButton}
            onClick={() => setRefusing(true)}
          />
          <KeyButton
            command="refer"
            label={t('border.desk.decision.refer')}
            color="orange"
            disabled={!enabled}
            onClick={() => onDecide({ decision: 'referred', refusalReason: null })}
          />
          <Select
            label={t('border.desk.decision.purpose')}
            placeholder={t('border.desk.decision.purposeNone')}
            data={PURPOSES.map((value) => ({ value, label: t(`border.purposes.${value}`) }))}
            value={purpose}
            onChange={(value) => onPurpose(PURPOSES.find((p) => p === value) ?? null)}
            clearable
            w={220}
          />
        </Group>
        {!ready && <Text size="sm">{t('border.desk.decision.waiting')}</Text>}
        {refusing && enabled && (
          <RefusalGrounds
            onChoose={(reason) => {
              setRefusing(false);
              onDecide({ decision: 'refused', refusalReason: reason });
            }}
            onCancel={() => {
              setRefusing(false);
              refuseButton.current?.focus();
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** The grounds of refusal A–J: the letter chooses, Escape goes back. */
function RefusalGrounds({
  onChoose,
  onCancel,
}: {
  onChoose: (reason: RefusalReason) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const letter = REFUSAL_REASON_CODES.find((code) => code === event.key.toUpperCase());
    if (letter) {
      event.preventDefault();
      onChoose(letter);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <Stack gap="xs" role="group" aria-label={t('border.desk.decision.groundsTitle')} onKeyDown={onKeyDown}>
      <Text fw={700}>{t('border.desk.decision.groundsTitle')}</Text>
      <Text size="sm">{t('border.desk.decision.groundsHint')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4}>
        {REFUSAL_REASON_CODES.map((code, index) => (
          <Button
            key={code}
            ref={index === 0 ? first : undefined}
            variant="light"
            color="red"
            justify="flex-start"
            aria-keyshortcuts={code}
            onClick={() => onChoose(code)}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
            h="auto"
            py={6}
          >
            {t(`border.refusalReasons.${code}`)}
          </Button>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Time since the first scan, ticking while the traveller is at the desk. */
export function ProcessingClock({ since }: { since: string | null }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <Text size="sm" role="timer" aria-live="off">
      {t('border.desk.processingTime')}: {since ? duration(Math.max(0, now - Date.parse(since))) : '—'}
    </Text>
  );
}
