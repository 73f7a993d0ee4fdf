/** Formats the border screens share: processing times and a BCP's calendar day. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A processing time in the interface language: seconds under a minute, else minutes. */
export function useDuration(): (ms: number | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (ms) => {
      if (ms === null || ms === undefined) {
        return '—';
      }
      const minutes = ms >= 60_000;
      return new Intl.NumberFormat(language, {
        style: 'unit',
        unit: minutes ? 'minute' : 'second',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(minutes ? ms / 60_000 : ms / 1000);
    },
    [language],
  );
}

/** Today's date (YYYY-MM-DD) in a time zone: a BCP counts its days in its own. */
export function todayIn(timeZone: string): string {
  // The Canadian English format is the ISO date.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
