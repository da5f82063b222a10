import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MIN_SLIDE_MS, readingTimeMs } from '@/features/kiosk/reading-time';
import { textsIn } from '@test/support/locale-texts';
import { advance, currentName, currentSlide, drag, item, ITEMS, JOIN, press, progress, renderKiosk, SLIDES } from './render-kiosk';

const en = await textsIn('en');
const joinHeading = en('kiosk:join.heading');
const timer = () => screen.getByRole('progressbar', { name: en('kiosk:timerLabel') });

describe('kiosk attract loop', () => {
  it('shows one slide at a time, every ?rotate= seconds, the testimonials then the call to join, wrapping around', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=3' });
    expect(currentName()).toBe('Alpha');
    expect(progress()).toBe(`1 / ${SLIDES}`);
    advance(2_999);
    expect(currentName()).toBe('Alpha');
    advance(1);
    expect(currentName()).toBe('Beta');
    expect(progress()).toBe(`2 / ${SLIDES}`);
    advance(6_000);
    expect(currentName()).toBe(joinHeading);
    expect(progress()).toBe(`${SLIDES} / ${SLIDES}`);
    advance(3_000);
    expect(currentName()).toBe('Alpha');
    expect(progress()).toBe(`1 / ${SLIDES}`);
  });

  it('takes decimal intervals', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=3.5' });
    advance(3_450);
    expect(currentName()).toBe('Alpha');
    advance(50);
    expect(currentName()).toBe('Beta');
  });

  it('holds ?rotate= far below a second to 3 s, time enough to read a slide', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=0.01' });
    advance(2_950);
    expect(currentName()).toBe('Alpha');
    advance(50);
    expect(currentName()).toBe('Beta');
  });

  describe('without ?rotate=, each slide stays as long as its text takes to read', () => {
    const long =
      'Volcano schedules our training jobs, our batch analytics and our inference across every cluster we run in production, '.repeat(2);

    it('a short highlight for the shortest time, a long one for longer', async () => {
      const items = [item('alpha', 'Alpha'), item('beta', 'Beta', long), item('gamma', 'Gamma')];
      await renderKiosk({ url: '/?kiosk=1&rotate=soon', items });
      advance(MIN_SLIDE_MS - 50);
      expect(currentName()).toBe('Alpha');
      advance(50);
      expect(currentName()).toBe('Beta');
      const betaMs = readingTimeMs(long);
      expect(betaMs).toBeGreaterThan(2 * MIN_SLIDE_MS);
      advance(betaMs - 50);
      expect(currentName()).toBe('Beta');
      advance(50);
      expect(currentName()).toBe('Gamma');
    });

    it('reads the quote when there is no highlight, and gives the join slide time to scan its code', async () => {
      const items = [item('alpha', 'Alpha', null), item('beta', 'Beta')];
      await renderKiosk({ url: '/?kiosk=1', items });
      const alphaMs = readingTimeMs(items[0]!.quote.text);
      advance(alphaMs - 50);
      expect(currentName()).toBe('Alpha');
      advance(50 + MIN_SLIDE_MS);
      expect(currentName()).toBe(joinHeading);
      const joinMs = readingTimeMs(`${joinHeading}\n${en('kiosk:join.body')}`, 6_000);
      advance(joinMs - 50);
      expect(currentName()).toBe(joinHeading);
      advance(50);
      expect(currentName()).toBe('Alpha');
    });
  });

  it('shows the highlight large, with a read-in-full button and a QR code for the rest of the quote', async () => {
    const { onOpenItem } = await renderKiosk();
    const slide = within(currentSlide());
    expect(slide.getByText(ITEMS[0]!.highlight!.text).closest('blockquote')).toHaveAttribute('lang', 'en');
    expect(slide.queryByText(ITEMS[0]!.quote.text)).not.toBeInTheDocument();
    expect(slide.getByText(en('kiosk:scanHint'))).toBeInTheDocument();
    expect(slide.getByRole('img', { name: en('kiosk:qrLabel', { name: 'Alpha' }) })).toBeInTheDocument();
    press(slide.getByRole('button', { name: en('kiosk:readFull') }));
    expect(onOpenItem).toHaveBeenCalledWith('alpha');
  });

  it('shows the whole quote where there is no highlight, its read-in-full button left to the layout (shown only if it is cut)', async () => {
    await renderKiosk({ items: [item('alpha', 'Alpha', null), item('beta', 'Beta')] });
    const slide = currentSlide();
    expect(within(slide).getByText(ITEMS[0]!.quote.text)).toBeInTheDocument();
    // kiosk.css shows it when useFitText marks the text box as overflowing (checked in the browser tests).
    expect(slide.querySelector('.kiosk-quote__more')).toHaveClass('kiosk-quote__more--if-cut');
    press(screen.getByRole('button', { name: en('kiosk:next') }));
    expect(currentSlide().querySelector('.kiosk-quote__more')).not.toHaveClass('kiosk-quote__more--if-cut');
  });

  it('ends every loop with the call to join: its QR code, what members get and whom to write to', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600' });
    press(screen.getByRole('button', { name: en('kiosk:previous') }));
    const slide = within(currentSlide());
    expect(slide.getByRole('heading', { level: 2, name: joinHeading })).toBeInTheDocument();
    expect(slide.getByText(en('kiosk:join.body'))).toBeInTheDocument();
    expect(slide.getByRole('img', { name: en('kiosk:join.qrLabel') })).toBeInTheDocument();
    expect(slide.getByText(en('kiosk:join.scan'))).toBeInTheDocument();
    expect(slide.getByText(en('kiosk:join.contact', { email: JOIN.email }))).toBeInTheDocument();
  });

  it('invites passers-by to touch on every slide, the join slide included', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=3' });
    for (let slide = 1; slide <= SLIDES; slide += 1) {
      expect(progress()).toBe(`${slide} / ${SLIDES}`);
      expect(screen.getByText(en('kiosk:touchPrompt'))).toBeInTheDocument();
      advance(3_000);
    }
  });

  it('opens the browse view from a tap on the join slide', async () => {
    const { onOpenItem } = await renderKiosk({ url: '/?kiosk=1&rotate=600' });
    press(screen.getByRole('button', { name: en('kiosk:previous') }));
    drag(500, 502);
    expect(onOpenItem).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Browse view' })).toBeInTheDocument();
  });

  describe('the time left', () => {
    it('counts down the seconds of the slide and starts again with the next', async () => {
      await renderKiosk({ url: '/?kiosk=1&rotate=5' });
      expect(timer()).toHaveAttribute('aria-valuemax', '5');
      expect(timer()).toHaveAttribute('aria-valuenow', '5');
      advance(2_000);
      expect(timer()).toHaveAttribute('aria-valuenow', '3');
      expect(timer()).toHaveAttribute(
        'aria-valuetext',
        new Intl.NumberFormat('en', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(3),
      );
      advance(3_000);
      expect(currentName()).toBe('Beta');
      expect(timer()).toHaveAttribute('aria-valuenow', '5');
    });

    it('stands still while paused, and Play gives the slide its full time again', async () => {
      await renderKiosk({ url: '/?kiosk=1&rotate=5&idle=600' });
      advance(2_000);
      press(screen.getByRole('button', { name: en('kiosk:pause') }));
      expect(timer()).toHaveAttribute('data-running', 'false');
      advance(30_000);
      expect(timer()).toHaveAttribute('aria-valuenow', '3');
      press(screen.getByRole('button', { name: en('kiosk:play') }));
      expect(timer()).toHaveAttribute('data-running', 'true');
      expect(timer()).toHaveAttribute('aria-valuenow', '5');
      advance(4_950);
      expect(currentName()).toBe('Alpha');
      advance(100);
      expect(currentName()).toBe('Beta');
    });
  });

  it('tabs from the top bar straight to the pause button, and keyboard focus there stops rotation (APG)', async () => {
    const { user } = await renderKiosk();
    vi.useRealTimers();
    const carousel = screen.getByRole('region', { name: en('kiosk:carouselLabel') });
    while (!carousel.contains(document.activeElement)) await user.tab();
    // Focus moved in by keyboard: rotation stops, so the same button now offers Play.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: en('kiosk:play') }));
  });

  it('holds the slide while paused, and Play resumes rotation at once', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=3&idle=600' });
    press(screen.getByRole('button', { name: en('kiosk:pause') }));
    expect(screen.getByRole('button', { name: en('kiosk:play') })).toBeInTheDocument();
    advance(30_000);
    expect(currentName()).toBe('Alpha');
    press(screen.getByRole('button', { name: en('kiosk:play') }));
    expect(screen.getByRole('button', { name: en('kiosk:pause') })).toBeInTheDocument();
    advance(3_050);
    expect(currentName()).toBe('Beta');
  });

  describe('Pause holds the slide on screen', () => {
    async function pausedOnBeta() {
      const kiosk = await renderKiosk({ url: '/?kiosk=1&rotate=3&idle=600' });
      press(screen.getByRole('button', { name: en('kiosk:next') }));
      press(screen.getByRole('button', { name: en('kiosk:pause') }));
      expect(currentName()).toBe('Beta');
      return kiosk;
    }

    it('when new data adds a testimonial before it', async () => {
      const { setItems } = await pausedOnBeta();
      setItems([ITEMS[0]!, item('new', 'Newcomer'), ...ITEMS.slice(1)]);
      expect(currentName()).toBe('Beta');
      expect(progress()).toBe(`3 / ${SLIDES + 1}`);
      advance(30_000);
      expect(currentName()).toBe('Beta');
    });

    it('when new data drops one before it', async () => {
      const { setItems } = await pausedOnBeta();
      setItems(ITEMS.slice(1));
      expect(currentName()).toBe('Beta');
      expect(progress()).toBe(`1 / ${SLIDES - 1}`);
      advance(30_000);
      expect(currentName()).toBe('Beta');
    });

    it('when the same testimonials come back in a new language', async () => {
      const { setItems } = await pausedOnBeta();
      setItems(ITEMS.map((entry) => ({ ...entry, name: { text: entry.name.text.toUpperCase(), lang: 'xx' } })));
      expect(currentName()).toBe('BETA');
      advance(30_000);
      expect(currentName()).toBe('BETA');
    });

    it('after a swipe, which moves one slide and stays paused', async () => {
      await pausedOnBeta();
      drag(600, 400);
      expect(currentName()).toBe('Gamma');
      advance(30_000);
      expect(currentName()).toBe('Gamma');
      expect(screen.getByRole('button', { name: en('kiosk:play') })).toBeInTheDocument();
    });

    it('when Pause is pressed just before the slide was due', async () => {
      await renderKiosk({ url: '/?kiosk=1&rotate=3&idle=600' });
      advance(2_950);
      press(screen.getByRole('button', { name: en('kiosk:pause') }));
      advance(30_000);
      expect(currentName()).toBe('Alpha');
    });
  });

  it('announces slides only while rotation is off (APG: aria-live off while rotating)', async () => {
    await renderKiosk();
    const stage = document.querySelector('.kiosk-stage')!;
    expect(stage).toHaveAttribute('aria-live', 'off');
    press(screen.getByRole('button', { name: en('kiosk:pause') }));
    expect(stage).toHaveAttribute('aria-live', 'polite');
  });

  it('stops rotating while a person interacts and resumes after they let go', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=3' });
    fireEvent.pointerDown(document.querySelector('.kiosk-stage')!, { pointerId: 1, isPrimary: true, clientX: 10, clientY: 10 });
    // The hold lasts twice the interval (6 s here) after the last input, then a full interval runs.
    advance(8_950);
    expect(currentName()).toBe('Alpha');
    advance(100);
    expect(currentName()).toBe('Beta');
  });

  it('moves with swipes (left: next, right: previous) and with the previous/next buttons', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600' });
    drag(600, 400);
    expect(currentName()).toBe('Beta');
    drag(400, 600);
    expect(currentName()).toBe('Alpha');
    drag(400, 600);
    expect(currentName()).toBe(joinHeading);
    drag(400, 600);
    expect(currentName()).toBe('Gamma');
    expect(progress()).toBe(`3 / ${SLIDES}`);
    press(screen.getByRole('button', { name: en('kiosk:next') }));
    expect(currentName()).toBe(joinHeading);
    press(screen.getByRole('button', { name: en('kiosk:next') }));
    expect(currentName()).toBe('Alpha');
  });

  it('ignores a mostly vertical drag: it is neither a swipe nor a tap', async () => {
    const { onOpenItem } = await renderKiosk({ url: '/?kiosk=1&rotate=600' });
    const stage = document.querySelector('.kiosk-stage')!;
    fireEvent.pointerDown(stage, { pointerId: 1, isPrimary: true, clientX: 500, clientY: 100 });
    fireEvent.pointerUp(stage, { pointerId: 1, isPrimary: true, clientX: 560, clientY: 400 });
    expect(currentName()).toBe('Alpha');
    expect(onOpenItem).not.toHaveBeenCalled();
  });

  it('opens the browse view with the testimonial in full on a tap, the touch prompt included', async () => {
    const { onOpenItem } = await renderKiosk();
    const prompt = screen.getByText(en('kiosk:touchPrompt'));
    fireEvent.pointerDown(prompt, { pointerId: 1, isPrimary: true, clientX: 500, clientY: 900 });
    fireEvent.pointerUp(prompt, { pointerId: 1, isPrimary: true, clientX: 501, clientY: 900 });
    expect(onOpenItem).toHaveBeenCalledWith('alpha');
    expect(screen.getByRole('heading', { name: 'Browse view' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en('kiosk:pause') })).not.toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('partner')).toBe('alpha');
  });

  it('offers each testimonial and the program as QR codes, never as links', async () => {
    await renderKiosk();
    expect(screen.getByRole('img', { name: en('kiosk:qrLabel', { name: 'Alpha' }) })).toBeInTheDocument();
    expect(document.querySelectorAll('a[href]')).toHaveLength(0);
    press(screen.getByRole('button', { name: en('kiosk:previous') }));
    expect(screen.getByRole('img', { name: en('kiosk:join.qrLabel') })).toBeInTheDocument();
    expect(document.querySelectorAll('a[href]')).toHaveLength(0);
  });
});
