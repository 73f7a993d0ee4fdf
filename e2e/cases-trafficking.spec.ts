/**
 * Trafficking (national referral mechanism): a first-line police officer fills the trafficking indicators for a
 * person from the person's page; the anti-trafficking officer identifies the person as a victim, the reflection
 * period's deadline appears, a risk and special-needs assessment is recorded, consent is recorded and the case is
 * referred to an NGO; the NGO's caseworker accepts the referral (in Arabic, right to left) and sees only the
 * parts it grants.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { pageOfItsOwn, SCREENS, signInToHome, userApi } from './helpers';
import { statePurpose } from './purpose-helpers';
import { choose, field } from './training-helpers';

const NGO = 'National Council for Refugees';

function uniqueLetters(): string {
  return Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/\d/g, (digit) => 'QWXYZJKVBP'[Number(digit)]!);
}

/** Opens a state move's dialog by its button and confirms it with the same words. */
async function move(page: Page, step: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('group', { name: 'Next steps' }).getByRole('button', { name: step }).click();
  const dialog = page.getByRole('dialog', { name: step });
  if (fill) {
    await fill(dialog);
  }
  await dialog.getByRole('button', { name: step }).click();
  await expect(dialog).toBeHidden();
}

test('a signal by the police becomes an identified victim referred to an NGO, who sees only what the referral grants', async ({
  page,
  browser,
  baseURL,
}) => {
  const surname = `MOROZ${uniqueLetters()}`;
  const admin = await userApi(baseURL!, 'admin');
  const { id: personId } = await admin.send<{ id: string }>('POST', '/api/people', {
    surname,
    givenNames: 'Olena',
    sex: 'F',
    dateOfBirth: '1999-04-11',
    nationalities: ['UKR'],
  });
  await admin.dispose();

  // 1. The police officer meets the person and files the indicators from the person's page.
  await signInToHome(page, 'police.officer');
  await page.goto(`/people/${personId}`);
  await page.getByRole('link', { name: 'Trafficking indicators' }).click();
  const form = page.getByRole('form', { name: 'Indicators of trafficking' });
  await expect(form.getByRole('combobox', { name: /^Person/ })).toHaveValue(new RegExp(surname));
  for (const indicator of [
    'Identity or travel documents withheld by someone else',
    'Owes a debt they cannot repay',
    'Movement restricted or watched',
  ]) {
    await form.getByRole('checkbox', { name: indicator }).check();
  }
  await field(form, 'Where').fill('Bucharest North railway station');
  await field(form, 'What you saw or heard').fill('Her employer holds her passport; she sleeps at the workplace.');
  await form.getByRole('button', { name: 'Send the signal' }).click();
  await expect(page.getByText('Signal sent', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'My signals' }).getByRole('row', { name: new RegExp(surname) })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/cases-signal.png`, fullPage: true });

  // 2. The anti-trafficking officer finds the signalled case on their home page and identifies the victim.
  const officer = await pageOfItsOwn(browser, baseURL!);
  await signInToHome(officer, 'trafficking.officer');
  await officer.goto('/cases');
  const mine = officer.getByRole('table', { name: 'My cases' });
  const row = mine.getByRole('row', { name: new RegExp(surname) });
  await expect(row).toBeVisible();
  await row.getByRole('link').first().click();
  // A trafficking case opens only for a stated purpose, asked once.
  await statePurpose(officer, 'Identification after the police signal');
  await expect(officer.getByRole('heading', { level: 2 })).toBeVisible();
  const reference = (await officer.getByRole('heading', { level: 2 }).textContent())!.split(' · ')[0]!.trim();

  await move(officer, 'Start the identification');
  await move(officer, 'Identify as a victim', async (dialog) => {
    await choose(officer, dialog, 'Trafficking status', 'Actual victim of trafficking');
    await choose(officer, dialog, 'Organisation deciding the status', 'Non-police governmental organisation');
    await dialog.getByRole('radiogroup', { name: /^Foreign victim/ }).getByRole('radio', { name: 'Yes' }).check();
  });
  const deadline = officer.getByTestId('reflection-deadline');
  await expect(deadline).toContainText('The reflection period ends on');
  await expect(deadline).toContainText(/(89|90) days left/);

  // The standardised risk and special-needs assessment.
  await officer.getByRole('tab', { name: 'Assessments' }).click();
  await officer.getByRole('button', { name: 'Record a risk and special-needs assessment' }).click();
  const assess = officer.getByRole('dialog', { name: 'Record a risk and special-needs assessment' });
  await assess.getByRole('radiogroup', { name: 'Individual risk' }).getByText('High').click();
  await assess.getByRole('checkbox', { name: 'Safe accommodation' }).check();
  await assess.getByRole('checkbox', { name: 'Protection from traffickers' }).check();
  await assess.getByRole('button', { name: 'Save' }).click();
  await expect(assess).toBeHidden();
  await expect(officer.getByText('Individual risk: High')).toBeVisible();
  await officer.screenshot({ path: `${SCREENS}/cases-identified.png`, fullPage: true });

  // Consent, then the referral to the NGO granting the persons and the assessment only.
  await officer.getByRole('tab', { name: 'Consents' }).click();
  await officer.getByRole('button', { name: 'Record consent' }).click();
  const consent = officer.getByRole('dialog', { name: 'Record consent' });
  await field(consent, 'Given by').fill(`Olena ${surname}`);
  await consent.getByRole('button', { name: 'Save' }).click();
  await expect(consent).toBeHidden();
  await officer.getByRole('tab', { name: 'Referrals' }).click();
  await officer.getByRole('button', { name: 'Refer or transfer' }).click();
  const refer = officer.getByRole('dialog', { name: 'Refer or transfer' });
  await choose(officer, refer, 'To organisation', NGO);
  await refer.getByRole('checkbox', { name: 'Assessments' }).check();
  await expect(refer.getByRole('combobox', { name: /^Consent or legal basis/ })).toHaveValue(new RegExp(surname));
  await refer.getByRole('button', { name: 'Send the referral' }).click();
  await expect(refer).toBeHidden();
  await expect(officer.getByRole('table', { name: 'Referrals' }).getByRole('row', { name: new RegExp(NGO) })).toContainText('Waiting');

  // 3. The NGO's caseworker, working in Arabic, accepts the referral from their home page.
  const ngo = await pageOfItsOwn(browser, baseURL!);
  await signInToHome(ngo, 'ngo.caseworker');
  await ngo.getByRole('button', { name: /English/ }).click();
  await ngo.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(ngo.locator('html')).toHaveAttribute('dir', 'rtl');
  await ngo.goto('/cases/home');
  const waiting = ngo.getByRole('table', { name: 'إحالات بانتظار جهتي' });
  await expect(waiting.getByRole('row', { name: new RegExp(reference) })).toBeVisible();
  await ngo.screenshot({ path: `${SCREENS}/cases-referral-waiting-rtl.png`, fullPage: true });
  await waiting.getByRole('button', { name: `قبول إحالة ${reference}` }).click();
  await expect(waiting.getByRole('button', { name: `قبول إحالة ${reference}` })).toBeHidden();
  await expect(ngo.getByRole('table', { name: 'قضايا محالة إلى جهتي' }).getByRole('link', { name: reference })).toBeVisible();
  await ngo.screenshot({ path: `${SCREENS}/cases-referral-accepted-rtl.png`, fullPage: true });

  // Back in English: the case shows only the parts the referral grants.
  await ngo.getByRole('button', { name: /العربية/ }).click();
  await ngo.getByRole('menuitem', { name: 'English' }).click();
  await expect(ngo.locator('html')).toHaveAttribute('dir', 'ltr');
  await ngo.goto(`/cases/list?q=${encodeURIComponent(reference)}`);
  await ngo.getByRole('table', { name: 'Cases' }).getByRole('link', { name: reference }).click();
  await statePurpose(ngo, 'Assistance under the accepted referral');
  await expect(ngo.getByText('You see this case through a referral')).toBeVisible();
  const tabs = ngo.getByRole('tablist', { name: 'Parts of the case' }).getByRole('tab');
  await expect(tabs).toHaveText(['Persons', 'Assessments']);
  await expect(ngo.getByRole('group', { name: 'Next steps' })).toHaveCount(0);
  await expect(ngo.getByTestId('reflection-deadline')).toHaveCount(0);
  await expect(ngo.getByRole('table', { name: 'Persons' }).getByRole('row', { name: new RegExp(surname) })).toBeVisible();
  await ngo.getByRole('tab', { name: 'Assessments' }).click();
  await expect(ngo.getByText('Individual risk: High')).toBeVisible();
  await ngo.screenshot({ path: `${SCREENS}/cases-ngo-view.png`, fullPage: true });
});
