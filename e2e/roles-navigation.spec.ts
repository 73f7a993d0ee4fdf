import { expect, test } from '@playwright/test';
import { navigationModules, SCREENS, signInToHome } from './helpers';

const EXPECTED: { username: string; modules: string[]; searchesPeople: boolean }[] = [
  // Border officers file trafficking indicators (cases.signal), so the cases module is theirs too.
  { username: 'border.officer', modules: ['Home', 'People', 'Border', 'Cases', 'Training'], searchesPeople: true },
  { username: 'clerk', modules: ['Home', 'People', 'Reception', 'Interpreters', 'Knowledge base', 'Training'], searchesPeople: true },
  { username: 'agent', modules: ['Home', 'Knowledge base', 'Training'], searchesPeople: false },
  { username: 'analyst', modules: ['Home', 'Training', 'Reports'], searchesPeople: false },
  { username: 'partner', modules: ['Home', 'People', 'Documents', 'Training'], searchesPeople: true },
];

for (const { username, modules, searchesPeople } of EXPECTED) {
  test(`${username} sees only the modules of their role`, async ({ page }) => {
    await signInToHome(page, username);
    expect(await navigationModules(page)).toEqual(modules);
    const search = page.getByRole('searchbox', { name: 'Search people' });
    await expect(search).toHaveCount(searchesPeople ? 1 : 0);
    // The home page offers the same modules as cards.
    for (const module of modules.filter((m) => m !== 'Home')) {
      await expect(page.getByRole('link', { name: new RegExp(`^${module}`) }).last()).toBeVisible();
    }
    await page.screenshot({ path: `${SCREENS}/nav-${username}.png` });

    if (searchesPeople) {
      await search.fill('Mohammed Ali');
      await search.press('Enter');
      await expect(page).toHaveURL(/\/people\?q=Mohammed(\+|%20)Ali/);
      await expect(page.getByRole('heading', { name: 'People', level: 2 })).toBeVisible();
      await expect(page.getByText('Mohammed Ali', { exact: true })).toBeVisible();
    }
    // A module outside the role answers with an explanation, not a broken page.
    await page.goto('/audit');
    await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
  });
}
