/** How training screens write percents, levels, date ranges, places and sexes, in the interface language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, type Formatters } from '../../format';
import { SEXES } from '../../reference';

export interface TrainingFormatters extends Formatters {
  /** A whole percent (0–100), or a dash for none. */
  percent: (value: number | null | undefined) => string;
  /** A signed change in percentage points (+12, −5). */
  gain: (value: number | null | undefined) => string;
  level: (level: number | null) => string;
  /** First and last day, or the one day. */
  dates: (from: string, to: string) => string;
  /** The session's site or external place. */
  place: (session: { externalPlace?: string | null; place?: string | null }) => string;
  sex: (sex: string) => string;
  /** A month given as YYYY-MM. */
  month: (month: string) => string;
}

/** The formatters bound to the current language. */
export function useTrainingFormat(): TrainingFormatters {
  const { t, i18n } = useTranslation();
  const base = useFormat();
  const language = i18n.language;
  return useMemo(() => {
    const percentFormat = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const gainFormat = new Intl.NumberFormat(language, {
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    });
    const monthFormat = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    return {
      ...base,
      percent: (value) => (value === null || value === undefined ? '—' : percentFormat.format(value / 100)),
      // Isolated left-to-right, so the sign stays before the number inside right-to-left text.
      gain: (value) =>
        value === null || value === undefined
          ? '—'
          : t('training.points', { value: `\u2066${gainFormat.format(value)}\u2069` }),
      level: (level) => (level === null ? '—' : t('training.courses.levelN', { level })),
      dates: (from, to) => (from === to ? base.date(from) : `${base.date(from)} – ${base.date(to)}`),
      place: (session) => session.place ?? session.externalPlace ?? '—',
      sex: (sex) => {
        const known = SEXES.find((candidate) => candidate === sex);
        return known ? t(`people.sexes.${known}`) : sex;
      },
      month: (month) => {
        const date = new Date(`${month}-01T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? month : monthFormat.format(date);
      },
    };
  }, [base, language, t]);
}
