import { expect, test } from './support/fixtures';
import { LANGS, BROWSER_LOCALE, ui } from './support/content';

const LOCALE_CHUNK = /\/assets\/(common|partners|community)-[\w-]+\.js$/;

for (const lang of LANGS) {
  test.describe(`first load (${lang})`, () => {
    test.use({ locale: BROWSER_LOCALE[lang] });

    test('the language texts download beside the app script, not after it', async ({ page, request }) => {
      // The app's own script is the one module script index.html loads in order (not async).
      const html = await (await request.get('/')).text();
      const appScript = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)?.[1];
      expect(appScript, 'index.html loads the app script').toBeTruthy();

      let appScriptArrived = Number.POSITIVE_INFINITY;
      await page.route(`**${appScript!}`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        appScriptArrived = Date.now();
        await route.continue();
      });
      const localeRequests: { url: string; at: number }[] = [];
      page.on('request', (request) => {
        if (LOCALE_CHUNK.test(new URL(request.url()).pathname)) localeRequests.push({ url: request.url(), at: Date.now() });
      });

      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(lang, 'header.heading'));
      // The first screen's files of this language (common, partners), asked for while the app script was held.
      expect(localeRequests.map(({ url }) => LOCALE_CHUNK.exec(new URL(url).pathname)?.[1]).sort()).toEqual(['common', 'partners']);
      for (const { url, at } of localeRequests) expect(at, url).toBeLessThan(appScriptArrived);
    });
  });
}
