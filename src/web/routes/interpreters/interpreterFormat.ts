/** How the interpreter screens write periods: "8 Jan 2030, 10:00–11:00" in the interface language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats a booking's period and local date/time inputs into instants. */
export function usePeriodFormat() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    const time = new Intl.DateTimeFormat(i18n.language, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return {
      period: (startsAt: string, endsAt: string) => {
        const start = new Date(startsAt);
        const end = new Date(endsAt);
        const sameDay = start.toDateString() === end.toDateString();
        return sameDay
          ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
          : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
      },
    };
  }, [i18n.language]);
}

/** The instant of a local date ("2030-01-08") and time ("10:00") in the browser's time zone, as ISO text. */
export function localInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00`).toISOString();
}

/** Today's date in the browser's time zone ("YYYY-MM-DD"), `days` ahead. */
export function localDay(days = 0): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
