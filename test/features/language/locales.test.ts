// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  AVAILABLE_LANGUAGES,
  NAMESPACES,
  SOURCE_LANGUAGE,
  hasLocale,
  loadLocale,
  nativeNameOf,
  textsOnly,
} from '@/features/language/locales';

const localeFolders = readdirSync(resolve(import.meta.dirname, '../../../locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name);

describe('locales', () => {
  it('offers exactly the folders under locales/, the source language first', () => {
    expect([...AVAILABLE_LANGUAGES].sort()).toEqual([...localeFolders].sort());
    expect(AVAILABLE_LANGUAGES[0]).toBe(SOURCE_LANGUAGE);
    expect(AVAILABLE_LANGUAGES).toEqual(expect.arrayContaining(['zh', 'en']));
  });

  it('loads each namespace of each language on demand', async () => {
    for (const lng of AVAILABLE_LANGUAGES) {
      for (const ns of NAMESPACES) expect(hasLocale(lng, ns)).toBe(true);
    }
    const common = await loadLocale('en', 'common');
    expect(common).toEqual(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../locales/en/common.json'), 'utf8')));
    expect(hasLocale('xx', 'common')).toBe(false);
    await expect(loadLocale('xx', 'common')).resolves.toEqual({});
  });

  it.each([
    ['zh', '中文'],
    ['en', 'English'],
    ['ja', '日本語'],
    ['fr', 'Français'],
  ])('names %s in its own words: %s', (lng, name) => {
    expect(nativeNameOf(lng)).toBe(name);
  });

  it('falls back to the folder name for a tag Intl cannot name', () => {
    expect(nativeNameOf('not a tag')).toBe('not a tag');
  });
});

describe('textsOnly', () => {
  it('keeps texts and groups of texts, and leaves out (naming them) lists, numbers and null', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(textsOnly({ a: 'x', b: [], c: { d: 5, e: 'y', f: { g: 'z' } }, h: null, i: true }, 'locales/en/common.json')).toEqual({
      a: 'x',
      c: { e: 'y', f: { g: 'z' } },
    });
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      'locales/en/common.json: "b" is not a text; left out',
      'locales/en/common.json: "c.d" is not a text; left out',
      'locales/en/common.json: "h" is not a text; left out',
      'locales/en/common.json: "i" is not a text; left out',
    ]);
    warn.mockRestore();
  });
});
