/** How the report writes its days and durations, in the interface language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';

/**
 * Days of the report ('YYYY-MM-DD', already the border's calendar days) written short for an axis and in
 * full for a table. They are formatted as UTC dates so the browser's own time zone cannot shift them.
 */
export function useDayFormat() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const short = new Intl.DateTimeFormat(i18n.language, { timeZone: 'UTC', day: 'numeric', month: 'short' });
    const full = new Intl.DateTimeFormat(i18n.language, {
      timeZone: 'UTC',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    const date = (day: string) => new Date(`${day}T00:00:00Z`);
    return { short: (day: string) => short.format(date(day)), full: (day: string) => full.format(date(day)) };
  }, [i18n.language]);
}

/** A processing time: seconds under a minute, else minutes and seconds; a dash when there is none. */
export function useDurationFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  return (ms: number | null) => {
    if (ms === null) {
      return '—';
    }
    const seconds = Math.round(ms / 1000);
    return seconds < 60
      ? t('border.statistics.duration.seconds', { seconds: format.number(seconds) })
      : t('border.statistics.duration.minutes', {
          minutes: format.number(Math.floor(seconds / 60)),
          seconds: format.number(seconds % 60),
        });
  };
}
