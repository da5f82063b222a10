// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toSafeAssetUrl, toSafeHttpUrl } from '@/shared/lib/safe-url';

describe('toSafeHttpUrl', () => {
  it.each([
    ['https://example.org', 'https://example.org/'],
    ['HTTP://Example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['  https://example.org/x  ', 'https://example.org/x'],
  ])('keeps %j as %j', (input, expected) => {
    expect(toSafeHttpUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org',
    'mailto:someone@example.org',
    '//example.org',
    '/relative/path',
    'example.org',
    'https://',
    'http://exa mple.org',
    '',
  ])('refuses %j', (input) => {
    expect(toSafeHttpUrl(input)).toBeNull();
  });

  it.each([undefined, null, 42, {}, ['https://example.org']])('refuses a non-string %j', (input) => {
    expect(toSafeHttpUrl(input)).toBeNull();
  });
});

describe('toSafeAssetUrl', () => {
  it.each([
    ['logos/a.svg', '/', '/logos/a.svg'],
    ['/logos/a.svg', '/', '/logos/a.svg'],
    ['logos/a.svg', '/base/', '/base/logos/a.svg'],
    ['logos/a.svg', '/base', '/base/logos/a.svg'],
    ['logos/a.svg', './', './logos/a.svg'],
    ['logos/a.svg', 'https://cdn.example/app/', 'https://cdn.example/app/logos/a.svg'],
    ['https://cdn.example/a.svg', '/', 'https://cdn.example/a.svg'],
  ])('resolves %j against %j', (input, base, expected) => {
    expect(toSafeAssetUrl(input, base)).toBe(expected);
  });

  // Backslashes, tabs and newlines are read by browsers as "/" or dropped, so each of these
  // would otherwise load from another host or climb out of the site.
  it.each([
    '//evil.example/a.svg',
    '/\\evil.example/a.svg',
    '\\\\evil.example/a.svg',
    '/\t/evil.example/a.svg',
    '/\n/evil.example/a.svg',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg/>',
    'http://cdn.example/a.svg',
    '../a.svg',
    'logos/../../a.svg',
    '  ',
    '',
  ])('refuses %j', (input) => {
    expect(toSafeAssetUrl(input, '/')).toBeNull();
  });

  // "/" + "\\" reads as "//": the start of a host that is not there, which new URL() throws on.
  it.each(['\\', '/\\', '\\/', '\\\\', '\t\\', '\\?', '\\#x', '/\\/'])(
    'refuses %j, which no browser can load, without throwing',
    (input) => {
      expect(() => toSafeAssetUrl(input, '/')).not.toThrow();
      expect(toSafeAssetUrl(input, '/')).toBeNull();
    },
  );

  it('never climbs out of a sub-path base, not even with encoded dots', () => {
    expect(toSafeAssetUrl('logos/%2e%2e/%2E%2E/a.svg', '/showcase/')).toBeNull();
    expect(toSafeAssetUrl('logos/a.svg', '/showcase/')).toBe('/showcase/logos/a.svg');
  });

  it('refuses a non-string', () => {
    expect(toSafeAssetUrl(undefined, '/')).toBeNull();
    expect(toSafeAssetUrl(7, '/')).toBeNull();
  });
});
