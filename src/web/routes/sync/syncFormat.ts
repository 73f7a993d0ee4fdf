/** Times of synchronisation as people read them: "3 minutes ago", in the interface language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

/** A function giving how long ago an instant was ("5 minutes ago"), or null for no instant. */
export function useAgo(): (iso: string | null, now?: number) => string | null {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' });
    return (iso, now = Date.now()) => {
      if (!iso) {
        return null;
      }
      const elapsed = now - new Date(iso).getTime();
      const [unit, size] = UNITS.find(([, ms]) => Math.abs(elapsed) >= ms) ?? ['second', 1_000];
      return format.format(-Math.round(elapsed / size), unit);
    };
  }, [i18n.language]);
}

