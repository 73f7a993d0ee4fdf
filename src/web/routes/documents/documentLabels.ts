/** How the documents screens name types, statuses and amounts in the interface language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from './documentsApi';

/** Badge colour of each status: green in use, blue/cyan on the way, red/orange out of use. */
export const STATUS_COLOURS: Record<DocumentStatus, string> = {
  applied: 'blue',
  approved: 'cyan',
  printed: 'indigo',
  'handed-over': 'green',
  rejected: 'gray',
  revoked: 'red',
  'reported-lost': 'orange',
  'reported-stolen': 'red',
  superseded: 'gray',
  expired: 'yellow',
};

/** The name of a document type: Romanian in Romanian, English otherwise (types carry no Arabic name). */
export function useTypeName(): (type: { code: string; nameEn: string; nameRo: string }) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (type) => (i18n.language === 'ro' ? type.nameRo : type.nameEn) || type.code,
    [i18n.language],
  );
}

/** An amount in minor units (bani) written in major units with its currency, e.g. "RON 120.00". */
export function useMoney(): (minor: number, currency: string) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (minor, currency) => {
      try {
        return new Intl.NumberFormat(i18n.language, { style: 'currency', currency }).format(minor / 100);
      } catch {
        // A currency code Intl does not know: the number and the code as typed.
        return `${(minor / 100).toFixed(2)} ${currency}`;
      }
    },
    [i18n.language],
  );
}

/** Minor units from an amount typed in major units ("120.5" → 12050); null when it is not an amount. */
export function toMinorUnits(major: number | string): number | null {
  const value = typeof major === 'number' ? major : Number(String(major).replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : null;
}
