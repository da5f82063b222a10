// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/features/language/i18n';
import { numberFormatter } from '@/shared/lib/format-number';

const intl = (value: number, lng: string, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(lng, options).format(value);

describe('numberFormatter', () => {
  it('writes every number as Intl.NumberFormat does', () => {
    for (const lng of ['en', 'zh']) {
      const format = numberFormatter(lng);
      for (const value of [0, 7, 12, 999, 1000, 10_000, 1_234_567, 2.5, -3]) expect(format(value)).toBe(intl(value, lng));
    }
    expect(numberFormatter('en', { minimumIntegerDigits: 3 })(12)).toBe('012');
    expect(numberFormatter('en', { style: 'percent' })(0.5)).toBe(intl(0.5, 'en', { style: 'percent' }));
  });

  it('asks Intl for nothing to write a small count in a language of digits 0-9', () => {
    let made = 0;
    class CountedNumberFormat extends Intl.NumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        made += 1;
      }
    }
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as typeof Intl, { NumberFormat: CountedNumberFormat }));
    const format = numberFormatter('zh', { count: 940, ns: 'common' });
    expect([format(12), format(940)]).toEqual(['12', '940']);
    expect(made).toBe(0);
    format(1000);
    format(2000);
    expect(made).toBe(1);
  });

  it('leaves to Intl a language the build did not know to write the digits 0-9', () => {
    expect(numberFormatter('ar-EG')(12)).toBe(intl(12, 'ar-EG'));
  });

  it('is the format of {{value, number}} in the texts', async () => {
    const { i18n, ready } = createI18n('en', { document: false });
    await ready;
    const source = i18n.getResource('en', 'common', 'filter.results') as string;
    const expected = source.replace(/\{\{\s*count[^}]*\}\}/, '12').replace(/\{\{\s*total[^}]*\}\}/, intl(10_000, 'en'));
    expect(i18n.t('filter.results', { count: 12, total: 10_000 })).toBe(expected);
  });
});
