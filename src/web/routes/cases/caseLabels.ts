/** Translated labels of the codes cases use (types, states, fields and their values…), with a readable fallback. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** `ActualVictimOfTrafficking` / `pre-departure` / `A_Agriculture` → words, for codes without a translation. */
export function humanise(code: string): string {
  const words = code
    .replace(/^[A-Z]_/, '')
    .replace(/[-_.]/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type LabelGroup =
  | 'types'
  | 'states'
  | 'sections'
  | 'fields'
  | 'roles'
  | 'serviceKinds'
  | 'checklistItems'
  | 'checklistStatuses'
  | 'consentScopes'
  | 'consentBases'
  | 'riskLevels'
  | 'specialNeeds'
  | 'referralKinds'
  | 'referralStatuses'
  | 'referralReasons'
  | 'indicators'
  | 'taskStatuses'
  | 'historyKinds';

export interface CaseLabels {
  of: (group: LabelGroup, code: string) => string;
  type: (code: string) => string;
  state: (code: string) => string;
  field: (name: string) => string;
  /** A picklist value of a field (HTCDS value names included). */
  value: (field: string, value: string) => string;
}

/** Label functions bound to the interface language. */
export function useCaseLabels(): CaseLabels {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    // i18next nests keys on dots: codes such as `note.add` are stored with `_`.
    const key = (code: string) => code.replace(/\./g, '_');
    const lookup = (path: string, code: string) => {
      const full = `cases.${path}.${key(code)}`;
      return i18n.exists(full) ? String(t(full as 'cases.title')) : humanise(code);
    };
    return {
      of: lookup,
      type: (code) => lookup('types', code),
      state: (code) => lookup('states', code),
      field: (name) => lookup('fields', name),
      value: (field, value) => lookup(`values.${field}`, value),
    };
    // The language is a dependency: the same `t` answers in another language after a switch.
  }, [t, i18n, i18n.language]);
}
