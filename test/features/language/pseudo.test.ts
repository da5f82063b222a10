import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/features/language/language';
import { createI18n } from '@/features/language/i18n';
import { AVAILABLE_LANGUAGES } from '@/features/language/locales';
import { pseudoBundle, pseudoLocalize } from '@/features/language/pseudo';

const plainLetters = (text: string) => text.replace(/\{\{[^}]*\}\}|<\/?[a-z]+>/g, '').match(/[A-Za-z]/g) ?? [];

describe('pseudo-locale', () => {
  it('accents every letter and keeps placeholders and tags intact', () => {
    const text = pseudoLocalize('Listing {{count}} of {{total}} <strong>items</strong>');
    expect(text).toMatch(/^\[.*\]$/);
    expect(text).toContain('{{count}}');
    expect(text).toContain('{{total}}');
    expect(text).toContain('<strong>');
    expect(text).toContain('</strong>');
    expect(plainLetters(text)).toEqual([]);
  });

  it('makes text about 40% longer, short words included', () => {
    for (const source of [
      'Reset',
      'AI',
      'What our partners say',
      'Hear how they use Volcano to schedule AI and big data workloads in production.',
    ]) {
      const ratio = pseudoLocalize(source).length / source.length;
      expect(ratio, source).toBeGreaterThanOrEqual(1.35);
      expect(ratio, source).toBeLessThanOrEqual(source.length < 6 ? 2.5 : 1.5);
    }
  });

  it('localizes nested bundles and leaves empty texts empty', () => {
    expect(pseudoBundle({ a: { b: 'Reset' }, c: '' })).toEqual({ a: { b: '[Ŕéšéţ]' }, c: '' });
  });

  it('is accepted from the URL in dev but never offered in the switch', () => {
    expect(detectLanguage('?lng=pseudo', ['en'])).toBe('pseudo');
    expect(AVAILABLE_LANGUAGES).not.toContain('pseudo');
  });

  it('renders the English texts pseudo-localized, partner quotes included', async () => {
    const { i18n, ready } = createI18n('pseudo');
    await ready;
    expect(i18n.t('error.retry')).toBe('[Ŕéţŕý]');
    const quote = i18n.getResource('pseudo', 'partners', 'baidu.quote') as string;
    expect(quote.startsWith('[')).toBe(true);
    expect(plainLetters(quote)).toEqual([]);
    expect(document.documentElement.lang).toBe('en-XA');
  });
});
