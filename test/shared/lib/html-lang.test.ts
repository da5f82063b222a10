// @vitest-environment node
import { expect, it } from 'vitest';
import { htmlLangOf } from '@/shared/lib/html-lang';

it('gives zh-CN for the zh folder and keeps other tags as they are', () => {
  expect(htmlLangOf('zh')).toBe('zh-CN');
  expect(htmlLangOf('en')).toBe('en');
  expect(htmlLangOf('ja')).toBe('ja');
});

it('keeps a tag that is also a JavaScript name as it is', () => {
  for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) expect(htmlLangOf(name)).toBe(name);
});
