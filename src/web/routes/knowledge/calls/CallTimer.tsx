/**
 * The call's clock: it runs from "New call" until the call is saved, and the duration field follows it until
 * the agent types a duration of their own (a call taken before the screen was opened, a timer left running).
 */
import { Group, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, parseDuration } from './callsApi';

/** Seconds since `startedAt`, updated every second. */
export function useElapsed(startedAt: Date): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return Math.max(0, Math.round((now - startedAt.getTime()) / 1000));
}

/** The running clock and the editable duration; `typed` is null while the duration follows the clock. */
export function CallTimer({
  elapsed,
  typed,
  onType,
  error,
}: {
  elapsed: number;
  typed: string | null;
  onType: (text: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const invalid = typed !== null && parseDuration(typed) === null;
  return (
    <Group align="flex-end" gap="lg">
      <div>
        <Text size="sm" fw={500}>
          {t('knowledge.calls.timer')}
        </Text>
        <Text
          fz={32}
          fw={700}
          dir="ltr"
          role="timer"
          aria-label={t('knowledge.calls.timer')}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {formatDuration(elapsed)}
        </Text>
      </div>
      <TextInput
        label={t('knowledge.calls.duration')}
        description={t('knowledge.calls.durationHint')}
        dir="ltr"
        w={200}
        value={typed ?? formatDuration(elapsed)}
        onChange={(event) => onType(event.currentTarget.value)}
        error={invalid ? t('knowledge.calls.durationInvalid') : error}
      />
    </Group>
  );
}
