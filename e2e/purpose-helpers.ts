/** The purpose prompt in the browser specs: opening a sensitive record asks why, once per record. */
import { expect, type Page } from '@playwright/test';

/** Answers the purpose prompt (English interface) and waits for it to close. */
export async function statePurpose(page: Page, purpose: string): Promise<void> {
  const prompt = page.getByRole('dialog', { name: 'Why are you opening this record?' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('textbox', { name: 'Purpose' }).fill(purpose);
  await prompt.getByRole('button', { name: 'Open the record' }).click();
  await expect(prompt).toBeHidden();
}
