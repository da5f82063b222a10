import { describe, expect, it, vi } from 'vitest';
import { parsePartnerData } from '@/features/partners/schema';
import { DataFormatError } from '@/shared/lib/fetch-json';
import { partnersData } from '@test/support/render-app';

function record(overrides: Record<string, unknown> = {}) {
  return { id: 'acme', logo: 'logos/acme.svg', website: 'https://acme.example', industries: ['ai'], featured: false, ...overrides };
}

/** Parses the given records and returns the partners with every warning the parser gave. */
function parse(records: unknown[], baseUrl = '/') {
  const warn = vi.fn();
  const data = parsePartnerData({ partners: records }, { baseUrl, warn });
  return { ...data, warnings: warn.mock.calls.map(([message]) => String(message)) };
}

describe('parsePartnerData', () => {
  it('reads the real data file without a warning', () => {
    const warn = vi.fn();
    const data = parsePartnerData(partnersData(), { baseUrl: '/', warn });
    expect(warn).not.toHaveBeenCalled();
    expect(data.partners).toHaveLength(12);
    expect(data.partners[0]).toEqual({
      id: 'huawei-cloud',
      logo: null,
      website: 'https://www.huaweicloud.com/',
      industries: ['cloud'],
      featured: true,
    });
    expect(data.community.contributors).toContain('red-hat');
    expect(data.community.users).toContain('boss-zhipin');
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['partners that is not a list', { partners: { baidu: {} } }],
  ])('throws one DataFormatError for %s', (_label, input) => {
    expect(() => parsePartnerData(input, { warn: vi.fn() })).toThrow(DataFormatError);
  });

  it('defaults a missing community to empty lists', () => {
    expect(parse([record()]).community).toEqual({ contributors: [], users: [] });
  });

  describe('the community lists', () => {
    function parseCommunity(community: unknown) {
      const warn = vi.fn();
      const data = parsePartnerData({ partners: [record()], community }, { warn });
      return { ...data, warnings: warn.mock.calls.map(([message]) => String(message)) };
    }

    it('drops a bad name, naming its list and index, and keeps the partners and the other names', () => {
      const { partners, community, warnings } = parseCommunity({ contributors: ['huawei', 'Not An Id', 'aws'], users: ['baidu'] });
      expect(partners).toHaveLength(1);
      expect(community).toEqual({ contributors: ['huawei', 'aws'], users: ['baidu'] });
      expect(warnings).toEqual([expect.stringMatching(/^community\.contributors\[1\] skipped: .*kebab-case/)]);
    });

    it.each([
      ['a number', 7],
      ['null', null],
      ['an object', { huawei: true }],
      ['an empty name', ''],
    ])('drops a name that is %s', (_label, name) => {
      const { community, warnings } = parseCommunity({ contributors: [], users: ['baidu', name] });
      expect(community.users).toEqual(['baidu']);
      expect(warnings).toEqual([expect.stringMatching(/^community\.users\[1\] skipped/)]);
    });

    it('drops a repeated name from its list, keeping the first', () => {
      const { community, warnings } = parseCommunity({ contributors: ['baidu', 'aws', 'baidu'], users: ['baidu'] });
      expect(community).toEqual({ contributors: ['baidu', 'aws'], users: ['baidu'] });
      expect(warnings).toEqual([expect.stringMatching(/^community\.contributors\[2\] skipped: duplicate id "baidu"/)]);
    });

    it('keeps a community that has only one of its lists, silently', () => {
      const { community, warnings } = parseCommunity({ users: ['baidu'] });
      expect(community).toEqual({ contributors: [], users: ['baidu'] });
      expect(warnings).toEqual([]);
    });

    it.each([
      ['a string', 'huawei'],
      ['an object', { huawei: 'Huawei' }],
      ['null', null],
    ])('ignores a list that is %s, with a warning, and keeps the other list', (_label, contributors) => {
      const { partners, community, warnings } = parseCommunity({ contributors, users: ['baidu'] });
      expect(partners).toHaveLength(1);
      expect(community).toEqual({ contributors: [], users: ['baidu'] });
      expect(warnings).toEqual([expect.stringMatching(/^community\.contributors ignored/)]);
    });

    it.each([
      ['a list', ['huawei']],
      ['a string', 'huawei'],
      ['null', null],
    ])('ignores a community that is %s, with a warning, and keeps the partners', (_label, community) => {
      const data = parseCommunity(community);
      expect(data.partners).toHaveLength(1);
      expect(data.community).toEqual({ contributors: [], users: [] });
      expect(data.warnings).toEqual([expect.stringMatching(/^community ignored/)]);
    });
  });

  it('skips an invalid record, naming its index and field, and keeps the rest', () => {
    const { partners, warnings } = parse([record({ id: 'first' }), record({ id: 'second', industries: 'ai' }), record({ id: 'third' })]);
    expect(partners.map((partner) => partner.id)).toEqual(['first', 'third']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/partners\[1\]/);
    expect(warnings[0]).toMatch(/industries/);
  });

  it.each([
    ['an id that is not kebab-case', { id: 'Not_Kebab' }, 'id'],
    ['a missing id', { id: undefined }, 'id'],
    ['no industries', { industries: [] }, 'industries'],
    ['featured that is not a boolean', { featured: 'yes' }, 'featured'],
  ])('skips a record with %s', (_label, overrides, field) => {
    const { partners, warnings } = parse([record({ id: 'ok' }), record(overrides)]);
    expect(partners.map((partner) => partner.id)).toEqual(['ok']);
    expect(warnings[0]).toContain('partners[1]');
    expect(warnings[0]).toContain(field);
  });

  it('takes ids that are also JavaScript names like any other', () => {
    const warn = vi.fn();
    const ids = ['constructor', 'prototype', 'tostring', 'valueof'];
    const data = parsePartnerData({ partners: ids.map((id) => record({ id })), community: { contributors: ids, users: ids } }, { warn });
    expect(data.partners.map((partner) => partner.id)).toEqual(ids);
    expect(data.community).toEqual({ contributors: ids, users: ids });
    expect(warn).not.toHaveBeenCalled();
  });

  it('drops a duplicate id with a warning and keeps the first', () => {
    const { partners, warnings } = parse([record({ website: 'https://first.example' }), record({ website: 'https://second.example' })]);
    expect(partners).toHaveLength(1);
    expect(partners[0]!.website).toBe('https://first.example/');
    expect(warnings).toEqual([expect.stringMatching(/partners\[1\].*duplicate id "acme"/)]);
  });

  it('drops an unknown industry with a warning and keeps the record', () => {
    const { partners, warnings } = parse([record({ industries: ['ai', 'space-mining', 'ai'] })]);
    expect(partners[0]!.industries).toEqual(['ai']);
    expect(warnings).toEqual([expect.stringMatching(/partners\[0\].*industries.*space-mining/)]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox',
    'ftp://acme.example',
    '//acme.example',
    'acme.example',
  ])('keeps the partner but not a website of %j', (website) => {
    const { partners, warnings } = parse([record({ website })]);
    expect(partners).toHaveLength(1);
    expect(partners[0]!.website).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/partners\[0\].*website/)]);
  });

  it.each([
    ['http://acme.example', 'http://acme.example/'],
    ['https://acme.example/about?x=1', 'https://acme.example/about?x=1'],
  ])('keeps an http(s) website %s', (website, expected) => {
    const { partners, warnings } = parse([record({ website })]);
    expect(partners[0]!.website).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it('allows a partner without website or logo, silently', () => {
    const { partners, warnings } = parse([{ id: 'bare', industries: ['ai'] }]);
    expect(partners[0]).toEqual({ id: 'bare', logo: null, website: null, industries: ['ai'], featured: false });
    expect(warnings).toEqual([]);
  });

  // How paths resolve is toSafeAssetUrl's (test/shared/lib/safe-url.test.ts); here only that the
  // parser passes the site base through and keeps https URLs.
  it.each([
    ['logos/acme.svg', '/showcase/', '/showcase/logos/acme.svg'],
    ['https://cdn.example/acme.svg', '/', 'https://cdn.example/acme.svg'],
  ])('resolves the logo %s against base %s', (logo, base, expected) => {
    const { partners, warnings } = parse([record({ logo })], base);
    expect(partners[0]!.logo).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it.each([
    '//evil.example/x.svg',
    '/\\evil.example/x.svg',
    '\\',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg/>',
    'http://cdn.example/acme.svg',
    '../x.svg',
    'logos/../../x.svg',
    '',
  ])('rejects the logo %j: the partner keeps its name tile', (logo) => {
    const { partners, warnings } = parse([record({ logo })]);
    expect(partners[0]!.logo).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/partners\[0\].*logo/)]);
  });

  describe('official logo files dropped into public/logos/ (listed by the build)', () => {
    const withFiles = (records: unknown[], logoFiles: string[], baseUrl = '/') =>
      parsePartnerData({ partners: records }, { baseUrl, warn: vi.fn(), logoFiles }).partners;
    const bare = (id: string) => ({ id, industries: ['ai'] });

    it('gives a partner without a logo in the data the file named after its id, on the site base', () => {
      const [acme, other] = withFiles([bare('acme'), bare('other')], ['acme.svg', 'acme-labs.png'], '/showcase/');
      expect(acme!.logo).toBe('/showcase/logos/acme.svg');
      expect(other!.logo).toBeNull();
    });

    it('prefers SVG, then WebP, then PNG when several are there', () => {
      expect(withFiles([bare('acme')], ['acme.png', 'acme.webp'])[0]!.logo).toBe('/logos/acme.webp');
      expect(withFiles([bare('acme')], ['acme.png', 'acme.svg', 'acme.webp'])[0]!.logo).toBe('/logos/acme.svg');
    });

    it("lets the data's own logo win over a file", () => {
      expect(withFiles([record({ logo: 'https://cdn.example/acme.svg' })], ['acme.svg'])[0]!.logo).toBe('https://cdn.example/acme.svg');
    });

    it('ignores files of other names: no request for a file that is not there', () => {
      expect(withFiles([bare('acme')], ['acme.gif', 'acme.svg.bak', 'ACME.svg'])[0]!.logo).toBeNull();
    });
  });

  it('puts featured partners first and otherwise keeps the order of the file', () => {
    const { partners } = parse([record({ id: 'a' }), record({ id: 'b' }), record({ id: 'host', featured: true }), record({ id: 'c' })]);
    expect(partners.map((partner) => partner.id)).toEqual(['host', 'a', 'b', 'c']);
  });
});
