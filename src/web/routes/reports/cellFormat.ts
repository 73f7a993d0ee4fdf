/**
 * How an indicator's cells read in the interface language: names as given, codes through the lists the
 * other modules already translate (directions, watchlist actions, case types and states, organisation
 * types, languages), counts as numbers, processing times as durations, hidden small counts as
 * "< threshold" and other hidden cells as "hidden".
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format';
import { useLanguageName } from '../interpreters/languages';
import { hiddenCellOf, type HiddenCell } from './hiddenCells';
import type { CellValue, Column, Row } from './reportsApi';

/** Where a code list's labels live in the interface texts. */
const CODE_LABELS: Record<string, string> = {
  direction: 'border.directions',
  hitAction: 'border.actions',
  caseType: 'cases.types',
  caseState: 'cases.states',
  organisationType: 'organisationTypes',
};

/** A text of the interface by a key the server gives (indicator titles, column names), the key itself when unknown. */
export function useReportText(): (key: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (key: string) => {
      const full = `reports.${key}`;
      // Keys come from the API, so the typed keys cannot name them; the cast names one known key.
      return i18n.exists(full) ? String(t(full as 'reports.total')) : key;
    },
    [t, i18n],
  );
}

/** A shown cell: its text, and why it is hidden (suppressed) rather than counted, null when counted. */
export interface CellText {
  text: string;
  hidden: HiddenCell | null;
}

/** Formats the cells of one report, hidden cells written with the report's threshold. */
export function useCellFormat(threshold: number) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const languageName = useLanguageName();

  const label = useCallback(
    (column: Column, value: CellValue): string => {
      if (value === null) {
        return column.codes === 'hitAction' ? t('reports.labels.noAction') : t('reports.labels.notRecorded');
      }
      const text = String(value);
      if (column.codes === 'language') {
        return languageName(text);
      }
      if (column.codes === 'country' && text === 'unknown') {
        return t('reports.labels.unknownCountry');
      }
      const list = column.codes ? CODE_LABELS[column.codes] : undefined;
      const key = list ? `${list}.${text}` : undefined;
      return key && i18n.exists(key) ? String(t(key as 'reports.total')) : text;
    },
    [t, i18n, languageName],
  );

  const duration = useCallback(
    (seconds: number): string => {
      const whole = Math.round(seconds);
      return whole < 60
        ? t('reports.duration.seconds', { seconds: format.number(whole) })
        : t('reports.duration.minutes', {
            minutes: format.number(Math.floor(whole / 60)),
            seconds: format.number(whole % 60),
          });
    },
    [t, format],
  );

  return useMemo(() => {
    const hiddenText: Record<HiddenCell, string> = {
      small: t('reports.suppression.cell', { threshold: format.number(threshold) }),
      protecting: t('reports.suppression.hidden'),
      derived: t('reports.suppression.measure'),
    };
    /** The text of one cell of a row (or of the total row). */
    const cell = (column: Column, row: Row): CellText => {
      const value = row.values[column.key] ?? null;
      if (column.kind === 'label') {
        return { text: label(column, value), hidden: null };
      }
      const hidden = hiddenCellOf(column, row);
      if (hidden) {
        return { text: hiddenText[hidden], hidden };
      }
      if (typeof value !== 'number') {
        return { text: '—', hidden: null };
      }
      return { text: column.unit === 'seconds' ? duration(value) : format.number(value), hidden: null };
    };
    return { cell, label, number: format.number };
  }, [t, format, threshold, label, duration]);
}
