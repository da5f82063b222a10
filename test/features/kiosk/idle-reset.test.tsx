import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { advance, currentName, drag, ITEMS, press, progress, renderKiosk } from './render-kiosk';

const params = () => Object.fromEntries(new URLSearchParams(window.location.search));
const dialog = () => screen.queryByRole('alertdialog', { name: 'Still there?' });

afterEach(() => window.sessionStorage.clear());

describe('kiosk idle reset', () => {
  it('warns "Still there?" in the last quarter of a short idle, counting down the seconds', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600&idle=8' });
    press(screen.getByRole('button', { name: 'Explore all partners' }));
    expect(screen.getByRole('heading', { name: 'Browse view' })).toBeInTheDocument();
    advance(5_950);
    expect(dialog()).not.toBeInTheDocument();
    advance(100);
    expect(dialog()).toBeInTheDocument();
    expect(screen.getByText('Returning to the start in 2 seconds.')).toBeInTheDocument();
    advance(1_000);
    expect(screen.getByText('Returning to the start in 1 second.')).toBeInTheDocument();
    advance(1_000);
    expect(dialog()).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Browse view' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('gives 20 seconds of warning with the default idle of 60 seconds (WCAG 2.2.1)', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600' });
    press(screen.getByRole('button', { name: 'Explore all partners' }));
    advance(39_950);
    expect(dialog()).not.toBeInTheDocument();
    advance(100);
    expect(screen.getByText('Returning to the start in 20 seconds.')).toBeInTheDocument();
  });

  it('stays when the visitor presses the button, and waits a full idle period again', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600&idle=8' });
    press(screen.getByRole('button', { name: 'Explore all partners' }));
    advance(7_000);
    press(screen.getByRole('button', { name: 'Keep browsing' }));
    expect(dialog()).not.toBeInTheDocument();
    advance(5_900);
    expect(dialog()).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Browse view' })).toBeInTheDocument();
    advance(200);
    expect(dialog()).toBeInTheDocument();
  });

  it('treats any touch during the warning as "still here"', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600&idle=8' });
    press(screen.getByRole('button', { name: 'Explore all partners' }));
    advance(6_500);
    fireEvent.pointerDown(document.body, { pointerId: 1, isPrimary: true });
    advance(400);
    expect(dialog()).not.toBeInTheDocument();
    advance(4_000);
    expect(screen.getByRole('heading', { name: 'Browse view' })).toBeInTheDocument();
  });

  it('resets every piece of state: language, filters, search, open detail, scroll, paused slide', async () => {
    const { onIdleReset, scrollTo } = await renderKiosk({ url: '/?kiosk=1&rotate=3&idle=8&lng=en&industry=ai&q=old' });
    drag(600, 400);
    press(screen.getByRole('button', { name: 'Pause' }));
    expect(currentName()).toBe('Beta');
    drag(500, 500);
    expect(params()).toMatchObject({ partner: 'beta' });
    press(screen.getByRole('button', { name: 'Filter' }));
    expect(params()).toMatchObject({ industry: 'ai', q: 'volcano', partner: 'beta', lng: 'en' });
    advance(8_100);
    expect(params()).toEqual({ kiosk: '1', rotate: '3', idle: '8', lng: 'zh' });
    expect(screen.queryByRole('heading', { name: 'Browse view' })).not.toBeInTheDocument();
    expect(progress()).toBe('1 / 3');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    expect(onIdleReset).toHaveBeenCalledTimes(1);
    advance(3_050);
    expect(currentName()).toBe('Beta');
  });

  it('returns to the start at once with the back button, as the idle reset would', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600&idle=60' });
    press(screen.getByRole('button', { name: 'Explore all partners' }));
    press(screen.getByRole('button', { name: 'English' }));
    press(screen.getByRole('button', { name: 'Back to highlights' }));
    expect(params()).toEqual({ kiosk: '1', rotate: '600', idle: '60', lng: 'zh' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('never resets an attract loop nobody touched, but still offers the idle moment for updates', async () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({ ...ITEMS[index % ITEMS.length]!, id }));
    const { onIdleReset } = await renderKiosk({ url: '/?kiosk=1&rotate=3&idle=10', items });
    advance(13_200);
    // Reset at 10 s would read 2 / 5 here.
    expect(progress()).toBe('5 / 5');
    expect(onIdleReset).toHaveBeenCalledTimes(1);
  });
});
