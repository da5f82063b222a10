import { expect, test } from './support/fixtures';

test('the showcase loads with its partners @mobile', async ({ page, axe }) => {
  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(12);
  await axe('smoke');
});
