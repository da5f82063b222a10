import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import enKiosk from '../../../locales/en/kiosk.json';
import { advance, currentName, drag, item, ITEMS, press, progress, renderKiosk } from './render-kiosk';

describe('kiosk attract loop', () => {
  it('shows one testimonial at a time and moves on every ?rotate= seconds, wrapping around', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=3' });
    expect(currentName()).toBe('Alpha');
    expect(progress()).toBe('1 / 3');
    expect(screen.getByText('What Alpha says about Volcano.').closest('blockquote')).toBeInTheDocument();
    advance(2_999);
    expect(currentName()).toBe('Alpha');
    advance(1);
    expect(currentName()).toBe('Beta');
    expect(progress()).toBe('2 / 3');
    advance(6_000);
    expect(currentName()).toBe('Alpha');
    expect(progress()).toBe('1 / 3');
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

  it('uses 10 seconds when ?rotate= is not a number', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=soon' });
    advance(9_999);
    expect(currentName()).toBe('Alpha');
    advance(1);
    expect(currentName()).toBe('Beta');
  });

  it('puts the pause button first in focus order, and keyboard focus stops rotation (APG)', async () => {
    const { user } = await renderKiosk();
    vi.useRealTimers();
    await user.tab();
    // Focus moved in by keyboard: rotation stops, so the same button now offers Play.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Play' }));
  });

  it('holds the slide while paused, and Play resumes rotation at once', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=3&idle=600' });
    press(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    advance(30_000);
    expect(currentName()).toBe('Alpha');
    press(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    advance(3_050);
    expect(currentName()).toBe('Beta');
  });

  describe('Pause holds the slide on screen', () => {
    async function pausedOnBeta() {
      const kiosk = await renderKiosk({ url: '/?kiosk=1&rotate=3&idle=600' });
      press(screen.getByRole('button', { name: enKiosk.next }));
      press(screen.getByRole('button', { name: enKiosk.pause }));
      expect(currentName()).toBe('Beta');
      return kiosk;
    }

    it('when new data adds a testimonial before it', async () => {
      const { setItems } = await pausedOnBeta();
      setItems([ITEMS[0]!, item('new', 'Newcomer'), ...ITEMS.slice(1)]);
      expect(currentName()).toBe('Beta');
      expect(progress()).toBe('3 / 4');
      advance(30_000);
      expect(currentName()).toBe('Beta');
    });

    it('when new data drops one before it', async () => {
      const { setItems } = await pausedOnBeta();
      setItems(ITEMS.slice(1));
      expect(currentName()).toBe('Beta');
      expect(progress()).toBe('1 / 2');
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
      expect(screen.getByRole('button', { name: enKiosk.play })).toBeInTheDocument();
    });

    it('when Pause is pressed just before the slide was due', async () => {
      await renderKiosk({ url: '/?kiosk=1&rotate=3&idle=600' });
      advance(2_950);
      press(screen.getByRole('button', { name: enKiosk.pause }));
      advance(30_000);
      expect(currentName()).toBe('Alpha');
    });
  });

  it('announces slides only while rotation is off (APG: aria-live off while rotating)', async () => {
    await renderKiosk();
    const stage = document.querySelector('.kiosk-stage')!;
    expect(stage).toHaveAttribute('aria-live', 'off');
    press(screen.getByRole('button', { name: 'Pause' }));
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
    expect(currentName()).toBe('Gamma');
    expect(progress()).toBe(`3 / ${ITEMS.length}`);
    press(screen.getByRole('button', { name: 'Next' }));
    expect(currentName()).toBe('Alpha');
    press(screen.getByRole('button', { name: 'Previous' }));
    expect(currentName()).toBe('Gamma');
  });

  it('ignores a mostly vertical drag: it is neither a swipe nor a tap', async () => {
    const { onOpenItem } = await renderKiosk({ url: '/?kiosk=1&rotate=600' });
    const stage = document.querySelector('.kiosk-stage')!;
    fireEvent.pointerDown(stage, { pointerId: 1, isPrimary: true, clientX: 500, clientY: 100 });
    fireEvent.pointerUp(stage, { pointerId: 1, isPrimary: true, clientX: 560, clientY: 400 });
    expect(currentName()).toBe('Alpha');
    expect(onOpenItem).not.toHaveBeenCalled();
  });

  it('opens the browse view with the testimonial in full on a tap', async () => {
    const { onOpenItem } = await renderKiosk();
    drag(500, 502);
    expect(onOpenItem).toHaveBeenCalledWith('alpha');
    expect(screen.getByRole('heading', { name: 'Browse view' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('partner')).toBe('alpha');
  });

  it('offers each testimonial as a QR code of its web page, never as a link', async () => {
    await renderKiosk();
    expect(screen.getByRole('img', { name: /QR code: open the testimonial of Alpha/ })).toBeInTheDocument();
    expect(document.querySelectorAll('a[href]')).toHaveLength(0);
  });
});
