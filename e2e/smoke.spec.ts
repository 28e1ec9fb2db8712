import { expect, test } from '@playwright/test';

test('the page loads and shows the playground', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('app')).toBeVisible();
  await expect(page).toHaveTitle('Swarm network playground');
});
