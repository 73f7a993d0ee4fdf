/** Settings of the cases module, set once when the application is built (defaults from the national referral mechanism). */

export interface CaseSettings {
  /** Reflection period for a foreign victim of trafficking, in days. */
  reflectionDaysForeign: number;
  /** Reflection period for a national victim, in days. */
  reflectionDaysNational: number;
}

let current: CaseSettings = { reflectionDaysForeign: 90, reflectionDaysNational: 30 };

/** Sets the module's settings (from the configuration). */
export function configureCases(settings: Partial<CaseSettings>): void {
  current = { ...current, ...settings };
}

/** The module's settings. */
export function caseSettings(): CaseSettings {
  return current;
}
