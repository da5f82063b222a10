import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, detectLanguage, matchLanguage, saveLanguage } from '@/features/language/language';

describe('detectLanguage', () => {
  it('takes ?lng= before the saved choice and the browser', () => {
    saveLanguage('zh');
    expect(detectLanguage('?lng=en', ['zh-CN'])).toBe('en');
  });

  it('takes the saved choice before the browser', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(detectLanguage('', ['zh-CN', 'zh'])).toBe('en');
  });

  it('takes the first browser language it has', () => {
    expect(detectLanguage('', ['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(detectLanguage('', ['en-GB', 'zh'])).toBe('en');
  });

  it('skips a ?lng= or saved value it does not have', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(detectLanguage('?lng=tlh', ['zh-HK'])).toBe('zh');
  });

  it('falls back to English when nothing matches', () => {
    expect(detectLanguage('', ['fr', 'de-DE'])).toBe('en');
    expect(detectLanguage('', [])).toBe('en');
  });

  it('accepts cimode from the URL only', () => {
    expect(detectLanguage('?lng=cimode', ['zh'])).toBe('cimode');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'cimode');
    expect(detectLanguage('', ['zh'])).toBe('zh');
  });

  it('saves the choice for the next visit', () => {
    saveLanguage('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});

describe('matchLanguage', () => {
  it.each([
    ['zh-TW', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['ZH', 'zh'],
    ['en-US', 'en'],
    ['fr', null],
    ['', null],
    [null, null],
  ])('matches %j to %j', (candidate, expected) => {
    expect(matchLanguage(candidate)).toBe(expected);
  });
});
