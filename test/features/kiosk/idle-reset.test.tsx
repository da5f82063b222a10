import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { textsIn } from '@test/support/locale-texts';
import { advance, currentName, drag, ITEMS, press, progress, renderKiosk, SLIDES } from './render-kiosk';

const en = await textsIn('en');
const params = () => Object.fromEntries(new URLSearchParams(window.location.search));
const dialog = () => screen.queryByRole('alertdialog', { name: en('kiosk:idle.heading') });
const button = (key: 'kiosk:explore' | 'kiosk:pause' | 'kiosk:idle.stay' | 'kiosk:back') => screen.getByRole('button', { name: en(key) });

afterEach(() => window.sessionStorage.clear());

describe('kiosk idle reset', () => {
  it('warns (are you still there?) in the last quarter of a short idle, counting down the seconds', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600&idle=8' });
    press(button('kiosk:explore'));
    expect(screen.getByRole('heading', { name: 'Browse view' })).toBeInTheDocument();
    advance(5_950);
    expect(dialog()).not.toBeInTheDocument();
    advance(100);
    expect(dialog()).toBeInTheDocument();
    expect(screen.getByText(en('kiosk:idle.body', { count: 2 }))).toBeInTheDocument();
    advance(1_000);
    expect(screen.getByText(en('kiosk:idle.body', { count: 1 }))).toBeInTheDocument();
    advance(1_000);
    expect(dialog()).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Browse view' })).not.toBeInTheDocument();
    expect(button('kiosk:pause')).toBeInTheDocument();
  });

  it('gives 20 seconds of warning with the default idle of 60 seconds (WCAG 2.2.1)', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600' });
    press(button('kiosk:explore'));
    advance(39_950);
    expect(dialog()).not.toBeInTheDocument();
    advance(100);
    expect(screen.getByText(en('kiosk:idle.body', { count: 20 }))).toBeInTheDocument();
  });

  it('stays when the visitor presses the button, and waits a full idle period again', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600&idle=8' });
    press(button('kiosk:explore'));
    advance(7_000);
    press(button('kiosk:idle.stay'));
    expect(dialog()).not.toBeInTheDocument();
    advance(5_900);
    expect(dialog()).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Browse view' })).toBeInTheDocument();
    advance(200);
    expect(dialog()).toBeInTheDocument();
  });

  it('treats any touch during the warning as "still here"', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600&idle=8' });
    press(button('kiosk:explore'));
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
    press(button('kiosk:pause'));
    expect(currentName()).toBe('Beta');
    drag(500, 500);
    expect(params()).toMatchObject({ partner: 'beta' });
    press(screen.getByRole('button', { name: 'Filter' }));
    expect(params()).toMatchObject({ industry: 'ai', q: 'volcano', partner: 'beta', lng: 'en' });
    advance(8_100);
    expect(params()).toEqual({ kiosk: '1', rotate: '3', idle: '8', lng: 'zh' });
    expect(screen.queryByRole('heading', { name: 'Browse view' })).not.toBeInTheDocument();
    expect(progress()).toBe(`1 / ${SLIDES}`);
    expect(button('kiosk:pause')).toBeInTheDocument();
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    expect(onIdleReset).toHaveBeenCalledTimes(1);
    advance(3_050);
    expect(currentName()).toBe('Beta');
  });

  it('returns to the start at once with the back button, as the idle reset would', async () => {
    await renderKiosk({ url: '/?kiosk=1&rotate=600&idle=60' });
    press(button('kiosk:explore'));
    press(screen.getByRole('button', { name: 'English' }));
    press(button('kiosk:back'));
    expect(params()).toEqual({ kiosk: '1', rotate: '600', idle: '60', lng: 'zh' });
    expect(button('kiosk:pause')).toBeInTheDocument();
  });

  it('never resets an attract loop nobody touched, but still offers the idle moment for updates', async () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({ ...ITEMS[index % ITEMS.length]!, id }));
    const { onIdleReset } = await renderKiosk({ url: '/?kiosk=1&rotate=3&idle=10', items });
    advance(13_200);
    // Reset at 10 s would read 2 / 6 here.
    expect(progress()).toBe('5 / 6');
    expect(onIdleReset).toHaveBeenCalledTimes(1);
  });
});
