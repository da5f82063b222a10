import { afterEach, describe, expect, it } from 'vitest';
import { homePatch, homeUrl } from '@/features/kiosk/kiosk-home';
import { isKioskMode, resolveHomeLanguage } from '@/features/kiosk/kiosk-launch';
import { kioskSettings, parseSeconds, warningMsFor } from '@/features/kiosk/kiosk-settings';

describe('kiosk settings from the URL', () => {
  it('turns kiosk mode on for ?kiosk=1 and friends, off for 0/false/absent', () => {
    expect(isKioskMode(new URLSearchParams('kiosk=1'))).toBe(true);
    expect(isKioskMode(new URLSearchParams('kiosk'))).toBe(true);
    expect(isKioskMode(new URLSearchParams('kiosk=0'))).toBe(false);
    expect(isKioskMode(new URLSearchParams('kiosk=false'))).toBe(false);
    expect(isKioskMode(new URLSearchParams('lng=en'))).toBe(false);
  });

  it('reads seconds with decimals, clamps them, and falls back on nonsense', () => {
    expect(parseSeconds('2.5', 10, 0.1, 3600)).toBe(2.5);
    expect(parseSeconds('0.01', 10, 0.1, 3600)).toBe(0.1);
    expect(parseSeconds('99999', 10, 0.1, 3600)).toBe(3600);
    for (const bad of [null, '', ' ', 'abc', '-3', '0', 'Infinity', 'NaN']) expect(parseSeconds(bad, 10, 0.1, 3600)).toBe(10);
  });

  it('rotates every 3 s at the quickest, time enough to read a slide', () => {
    const rotateMs = (rotate: string) => kioskSettings(new URLSearchParams({ rotate })).rotateMs;
    expect(rotateMs('0.01')).toBe(3_000);
    expect(rotateMs('0.5')).toBe(3_000);
    expect(rotateMs('2.9')).toBe(3_000);
    expect(rotateMs('3')).toBe(3_000);
    expect(rotateMs('4.5')).toBe(4_500);
  });

  it('leaves each slide its reading time (null) without a usable ?rotate=', () => {
    expect(kioskSettings(new URLSearchParams('kiosk=1')).rotateMs).toBeNull();
    for (const bad of ['', '0', '-5', 'soon', 'NaN']) expect(kioskSettings(new URLSearchParams({ rotate: bad })).rotateMs).toBeNull();
  });

  it('warns 20 s before the reset, or for the last quarter of an idle under 40 s', () => {
    expect(warningMsFor(60_000)).toBe(20_000);
    expect(warningMsFor(300_000)).toBe(20_000);
    expect(warningMsFor(40_000)).toBe(20_000);
    expect(warningMsFor(20_000)).toBe(5_000);
    expect(warningMsFor(8_000)).toBe(2_000);
  });
});

describe('kiosk home', () => {
  afterEach(() => window.sessionStorage.clear());

  it('drops every visitor parameter and restores the home language', () => {
    const current = new URLSearchParams('kiosk=1&rotate=5&idle=30&lng=en&industry=ai&q=x&partner=baidu&utm=1');
    expect(homePatch(current, 'zh')).toEqual({ industry: null, q: null, partner: null, utm: null, lng: 'zh' });
    const location = { pathname: '/', search: `?${current}` } as Location;
    expect(homeUrl(location, 'zh')).toBe('/?kiosk=1&rotate=5&idle=30&lng=zh');
  });

  it('drops visitor parameters whose names are also JavaScript names', () => {
    const current = new URLSearchParams('kiosk=1&__proto__=x&constructor=y&toString=z&lng=en');
    expect(Object.entries(homePatch(current, 'zh'))).toEqual([
      ['__proto__', null],
      ['constructor', null],
      ['toString', null],
      ['lng', 'zh'],
    ]);
    expect(homeUrl({ pathname: '/', search: `?${current}` } as Location, 'zh')).toBe('/?kiosk=1&lng=zh');
  });

  it('keeps the launch language across self-reloads, even when a visitor changed ?lng', () => {
    expect(resolveHomeLanguage('en', 'navigate')).toBe('en');
    // The page reloads itself while a visitor had switched to Chinese: home stays English.
    expect(resolveHomeLanguage('zh', 'reload')).toBe('en');
    // Staff open a new kiosk URL: a new launch, a new home language.
    expect(resolveHomeLanguage('zh', 'navigate')).toBe('zh');
  });
});
