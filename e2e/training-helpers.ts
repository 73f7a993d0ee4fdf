/** Shared steps of the training specs: labelled fields, Mantine selects, dates as the date inputs take them. */
import type { Locator, Page } from '@playwright/test';

/** The input labelled `label` (a required field's label ends with an asterisk). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
}

/** Picks an option of a Mantine Select by its label. */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: new RegExp(`^${label}( \\*)?$`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A date `days` from today, as the date inputs take it. */
export function isoDay(days = 0): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Date(day.getTime() - day.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
