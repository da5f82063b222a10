import { expect, test } from './support/fixtures';
import { partnersFile, partnerText, ui } from './support/content';

test('?partner=<id> opens the full testimonial with a safe website link; Escape closes it @mobile', async ({ page }) => {
  const baidu = partnersFile().partners.find((partner) => partner.id === 'baidu')!;
  const text = partnerText('en', 'baidu');
  await page.goto('/?lng=en&partner=baidu');

  const dialog = page.getByRole('dialog', { name: text.name });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('blockquote')).toHaveText(text.quote);
  await expect(dialog.getByText(text.speaker!)).toBeVisible();
  const website = dialog.getByRole('link', { name: ui('en', 'detail.websiteLabel', { name: text.name }) });
  await expect(website).toHaveAttribute('href', new URL(baidu.website!).href);
  await expect(website).toHaveAttribute('target', '_blank');
  const rel = (await website.getAttribute('rel'))?.split(/\s+/) ?? [];
  expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/partner=/);
  await expect(page.getByRole('article')).toHaveCount(12);
});

test('read more opens the detail, Escape closes it and focus returns to the button', async ({ page }) => {
  const text = partnerText('zh', 'pinlan');
  await page.goto('/?lng=zh');
  const readMore = page.getByRole('button', { name: ui('zh', 'partners.readMoreLabel', { name: text.name }) });
  await readMore.click();
  const dialog = page.getByRole('dialog', { name: text.name });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/partner=pinlan/);
  // The card clamps the quote; the detail shows every word of it.
  await expect(dialog.locator('blockquote')).toHaveText(text.quote);
  // Focus is inside the modal dialog.
  await expect(dialog.locator(':focus')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/partner=/);
  await expect(readMore).toBeFocused();

  // Back/forward reopen and close it too.
  await page.goForward();
  await expect(dialog).toBeVisible();
  await page.goBack();
  await expect(dialog).toBeHidden();
});

test('the close button closes the detail', async ({ page }) => {
  await page.goto('/?lng=en&partner=4paradigm');
  const dialog = page.getByRole('dialog', { name: partnerText('en', '4paradigm').name });
  await dialog.getByRole('button', { name: ui('en', 'detail.close') }).click();
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/partner=/);
});

test('an unknown ?partner= says so instead of showing nothing', async ({ page }) => {
  await page.goto('/?lng=en&partner=no-such-partner');
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(ui('en', 'detail.notFound'));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('article')).toHaveCount(12);
});
