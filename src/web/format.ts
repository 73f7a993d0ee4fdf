/** Dates and numbers formatted with Intl in the interface language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type DateInput = string | number | Date | null | undefined;

function toDate(value: DateInput): Date | undefined {
  if (value === null || value === undefined || value === '') {
    return undefined;
  }
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export interface Formatters {
  number: (value: number) => string;
  date: (value: DateInput) => string;
  dateTime: (value: DateInput) => string;
  list: (values: readonly string[]) => string;
}

/** Formatters bound to the current interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(language);
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
    const listFormat = new Intl.ListFormat(language, { style: 'short', type: 'unit' });
    return {
      number: (value) => numberFormat.format(value),
      date: (value) => {
        const date = toDate(value);
        return date ? dateFormat.format(date) : '—';
      },
      dateTime: (value) => {
        const date = toDate(value);
        return date ? dateTimeFormat.format(date) : '—';
      },
      list: (values) => (values.length > 0 ? listFormat.format(values) : '—'),
    };
  }, [language]);
}
