import { partnerText, ui } from './support/content';
import { expect, test } from './support/fixtures';
import {
  exploreButton,
  expectAttractHome,
  foreignLinks,
  KIOSK_SCREENS,
  pauseButton,
  playButton,
  progress,
  settleKiosk,
  SLIDES,
  targetSizes,
} from './support/kiosk';
import { revealLaterSections } from './support/page-text';

/**
 * The booth display (?kiosk=1) on touch screens in both orientations. Timers run on Playwright's
 * fake clock, installed before the page loads and moved with runFor. That clock also moves with
 * real time, so intervals are long (rotate=600, idle=60): a slow machine never crosses one by itself.
 */
for (const screen of KIOSK_SCREENS) {
  test.describe(`kiosk, ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, hasTouch: true, isMobile: false });

    test.beforeEach(async ({ page }) => {
      await page.clock.install();
    });

    test('rotates every ?rotate= seconds, Pause holds it and Play resumes', async ({ page }) => {
      await page.goto('/?kiosk=1&rotate=600.5&idle=3600');
      await expectAttractHome(page);
      await page.clock.runFor(600_500);
      await expect(progress(page)).toHaveText(`2 / ${SLIDES}`);
      await expect(page.getByRole('heading', { level: 2, name: partnerText('zh', 'baidu').name })).toBeVisible();

      await pauseButton(page).tap();
      await expect(playButton(page)).toBeVisible();
      await page.clock.runFor(1_800_000);
      await expect(progress(page)).toHaveText(`2 / ${SLIDES}`);

      await playButton(page).tap();
      await page.clock.runFor(600_500);
      await expect(progress(page)).toHaveText(`3 / ${SLIDES}`);
    });

    test('swipe moves between slides; the page never scrolls and every highlight fits', async ({ page }) => {
      await page.goto('/?kiosk=1&rotate=600');
      await expectAttractHome(page);
      const stage = page.locator('.kiosk-stage');
      const box = (await stage.boundingBox())!;
      const y = box.y + box.height / 2;
      // A swipe to the left: touch events a finger would send.
      await stage.dispatchEvent('pointerdown', { pointerId: 7, isPrimary: true, pointerType: 'touch', clientX: box.x + 700, clientY: y });
      await stage.dispatchEvent('pointerup', { pointerId: 7, isPrimary: true, pointerType: 'touch', clientX: box.x + 300, clientY: y });
      await expect(progress(page)).toHaveText(`2 / ${SLIDES}`);

      for (let slide = 2; slide <= SLIDES; slide += 1) {
        await expect(progress(page)).toHaveText(`${slide} / ${SLIDES}`);
        const layout = await page.evaluate(() => {
          window.scrollTo(0, 400);
          const root = document.scrollingElement!;
          return {
            scrollY: window.scrollY,
            tall: root.scrollHeight > window.innerHeight,
            wide: root.scrollWidth > window.innerWidth,
            // The join slide has no fitted text.
            overflow: document.querySelector('.kiosk-slide--current .kiosk-quote__text')?.getAttribute('data-overflow') ?? 'none',
          };
        });
        const overflow = slide === SLIDES ? 'none' : 'false';
        expect(layout, `slide ${slide}`).toEqual({ scrollY: 0, tall: false, wide: false, overflow });
        await page.getByRole('button', { name: ui('zh', 'kiosk:next') }).tap();
        await page.clock.runFor(1_000);
      }
    });

    test('every target is at least 64 px, in the attract loop, the browse view and the detail', async ({ page }) => {
      await page.goto('/?kiosk=1&rotate=600');
      await expectAttractHome(page);
      const attract = await targetSizes(page.locator('body'));
      expect(attract.length).toBeGreaterThan(5);
      expect(attract.filter((target) => target.width < 64 || target.height < 64)).toEqual([]);

      await exploreButton(page).tap();
      await expect(page.getByRole('heading', { name: ui('zh', 'partners.heading') })).toBeVisible();
      const browse = await targetSizes(page.locator('body'));
      expect(browse.filter((target) => target.width < 64 || target.height < 64)).toEqual([]);

      await page.getByRole('button', { name: ui('zh', 'partners.readMoreLabel', { name: partnerText('zh', 'baidu').name }) }).tap();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      expect((await targetSizes(dialog)).filter((target) => target.width < 64 || target.height < 64)).toEqual([]);
    });

    test('no link leaves the app: testimonials and websites are QR codes of the web page', async ({ page }) => {
      await page.goto('/?kiosk=1&rotate=600');
      await expectAttractHome(page);
      const name = partnerText('zh', 'huawei-cloud').name;
      await expect(page.getByRole('img', { name: ui('zh', 'kiosk:qrLabel', { name }) })).toBeVisible();
      expect(await foreignLinks(page)).toEqual([]);

      await page.getByRole('button', { name: ui('zh', 'kiosk:readFull') }).tap();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('img', { name: ui('zh', 'kiosk:websiteQrLabel', { name }) })).toBeVisible();
      await revealLaterSections(page);
      await expect(page.getByRole('heading', { name: ui('zh', 'program:joinHeading') })).toBeAttached();
      expect(await foreignLinks(page)).toEqual([]);
      expect(await page.getByRole('link', { name: ui('zh', 'program:joinLink') }).count()).toBe(0);
    });

    test('idle reset: an are-you-still-there countdown, then language, filters, search, detail and scroll are back to the start', async ({
      page,
    }) => {
      // No search box at the booth: a search comes with the URL only, and the reset drops it.
      await page.goto('/?kiosk=1&rotate=600&idle=60&q=Paddle');
      await expectAttractHome(page);
      await exploreButton(page).tap();
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      await page.getByRole('button', { name: new RegExp(ui('zh', 'industry.ai')) }).tap();
      await page.getByRole('link', { name: 'English' }).tap();
      await expect(page.getByRole('heading', { name: ui('en', 'partners.heading') })).toBeVisible();
      await page.getByRole('button', { name: ui('en', 'partners.readMoreLabel', { name: partnerText('en', 'baidu').name }) }).tap();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page).toHaveURL(/industry=ai/);
      await expect(page).toHaveURL(/partner=baidu/);

      // idle=60: the warning takes the last 20 seconds.
      await page.clock.runFor(40_500);
      const warning = page.getByRole('alertdialog', { name: ui('en', 'kiosk:idle.heading') });
      await expect(warning).toBeVisible();
      await expect(warning.getByRole('button', { name: ui('en', 'kiosk:idle.stay') })).toBeVisible();
      await page.clock.runFor(20_000);

      await expectAttractHome(page);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ kiosk: '1', rotate: '600', idle: '60', lng: 'zh' });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await exploreButton(page).tap();
      await expect(page.getByRole('button', { name: new RegExp(ui('zh', 'industry.ai')) })).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByRole('article')).toHaveCount(12);
    });

    test('axe finds no serious violation in the attract loop, the browse view, the detail, the countdown and the join slide', async ({
      page,
      axe,
    }) => {
      // Six full-page scans: more than the default 30 s on a busy machine.
      test.setTimeout(60_000);
      await page.goto('/?kiosk=1&rotate=600&idle=60');
      await expectAttractHome(page);
      await settleKiosk(page);
      await axe('kiosk attract loop');
      await page.getByRole('button', { name: ui('zh', 'kiosk:readFull') }).tap();
      await expect(page.getByRole('dialog')).toBeVisible();
      await settleKiosk(page);
      await axe('kiosk detail');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await axe('kiosk browse view');
      await page.clock.runFor(40_500);
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await settleKiosk(page);
      await axe('kiosk countdown');
      await page.clock.runFor(20_000);
      await expectAttractHome(page);
      await page.clock.runFor(600_000);
      await expect(progress(page)).toHaveText(`2 / ${SLIDES}`);
      await settleKiosk(page);
      await axe('kiosk attract loop, second slide');
      await page.getByRole('button', { name: ui('zh', 'kiosk:previous') }).tap();
      await page.getByRole('button', { name: ui('zh', 'kiosk:previous') }).tap();
      await expect(progress(page)).toHaveText(`${SLIDES} / ${SLIDES}`);
      await settleKiosk(page);
      await axe('kiosk join slide');
    });
  });
}

test.describe('kiosk lock-down', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, isMobile: false });

  test('no selection, context menu, pinch or overscroll; the cursor hides; the chrome drifts', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?kiosk=1&rotate=600');
    await expectAttractHome(page);
    const styles = await page.evaluate(() => {
      const html = getComputedStyle(document.documentElement);
      return { userSelect: html.userSelect, touchAction: html.touchAction, overscroll: html.overscrollBehaviorY };
    });
    expect(styles).toEqual({ userSelect: 'none', touchAction: 'pan-x pan-y', overscroll: 'none' });
    const blocked = await page.evaluate(() => {
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      const zoom = new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 });
      document.querySelector('blockquote')!.dispatchEvent(menu);
      document.querySelector('blockquote')!.dispatchEvent(zoom);
      return { menu: menu.defaultPrevented, zoom: zoom.defaultPrevented };
    });
    expect(blocked).toEqual({ menu: true, zoom: true });

    await page.mouse.move(500, 500);
    await expect(page.locator('html')).not.toHaveClass(/kiosk-cursor-hidden/);
    await page.clock.runFor(3_100);
    await expect(page.locator('html')).toHaveClass(/kiosk-cursor-hidden/);

    const bar = page.locator('.kiosk-bar');
    const before = await bar.evaluate((element) => getComputedStyle(element).transform);
    await page.clock.runFor(60_000);
    await expect.poll(() => bar.evaluate((element) => getComputedStyle(element).transform)).not.toBe(before);
  });

  test('dark screens pass axe too: the attract loop and the countdown', async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.clock.install();
    await page.goto('/?kiosk=1&rotate=600&idle=60&lng=en');
    await expect(page.getByRole('heading', { level: 2, name: partnerText('en', 'huawei-cloud').name })).toBeVisible();
    await settleKiosk(page);
    await axe('kiosk attract loop, dark');
    await page.getByRole('button', { name: ui('en', 'kiosk:explore') }).tap();
    await page.clock.runFor(40_500);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await settleKiosk(page);
    await axe('kiosk countdown, dark');
  });

  test('transitions are plain cuts under prefers-reduced-motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await page.goto('/?kiosk=1&rotate=600');
    await expectAttractHome(page);
    await page.clock.runFor(600_000);
    await expect(progress(page)).toHaveText(`2 / ${SLIDES}`);
    const leaving = page.locator('.kiosk-slide--leaving');
    if ((await leaving.count()) > 0) await expect(leaving).toBeHidden();
    expect(await page.locator('.kiosk-slide--current').evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
  });
});
