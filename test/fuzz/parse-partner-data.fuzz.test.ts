// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '@/features/partners/industries';
import { parsePartnerData } from '@/features/partners/schema';
import { DataFormatError } from '@/shared/lib/fetch-json';
import { dataFile } from './arbitraries';
import { fuzzRuns } from './runs';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isSafeWebsite(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:';
}

/** A logo is a path under the site root (no scheme, no "..", not protocol-relative) or an https URL. */
function isSafeLogo(url: string, base: string): boolean {
  if (url.startsWith('https://')) return new URL(url).protocol === 'https:';
  return url.startsWith(base) && !url.startsWith('//') && !url.split('/').includes('..') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

const { runs: RUNS, timeoutMs: TIMEOUT_MS } = fuzzRuns(3_000, 50_000, 1);
// A run takes well under a millisecond; a long search gets the time it needs.

const hasPartnerList = (input: unknown) =>
  typeof input === 'object' && input !== null && Array.isArray((input as { partners?: unknown }).partners);

/** How many names of a community list the parser had to drop (none when it is not a list: that is one warning). */
function droppedNames(input: unknown, list: 'contributors' | 'users', kept: readonly string[]): number {
  const community = (input as { community?: unknown }).community;
  if (typeof community !== 'object' || community === null || !Object.hasOwn(community, list)) return 0;
  const names = (community as Record<string, unknown>)[list];
  return Array.isArray(names) ? names.length - kept.length : 0;
}

describe('parsePartnerData, fuzzed', () => {
  it('never throws anything but one DataFormatError, and everything it returns can be trusted', { timeout: TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(dataFile, fc.constantFrom('/', '/showcase/'), (input, baseUrl) => {
        const warnings: string[] = [];
        let data;
        try {
          data = parsePartnerData(input, { baseUrl, warn: (message) => warnings.push(message) });
        } catch (error) {
          expect(error).toBeInstanceOf(DataFormatError);
          // Only a file without its list of partners is rejected whole; anything else is one record's problem.
          expect(hasPartnerList(input)).toBe(false);
          return;
        }
        const ids = data.partners.map((partner) => partner.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const partner of data.partners) {
          expect(partner.id).toMatch(ID);
          if (partner.website !== null) expect(isSafeWebsite(partner.website)).toBe(true);
          if (partner.logo !== null) expect(isSafeLogo(partner.logo, baseUrl)).toBe(true);
          expect(partner.industries.every((industry) => (INDUSTRIES as readonly string[]).includes(industry))).toBe(true);
          expect(new Set(partner.industries).size).toBe(partner.industries.length);
          expect(typeof partner.featured).toBe('boolean');
        }
        // The host's statement first, then the file's order.
        const firstOther = data.partners.findIndex((partner) => !partner.featured);
        if (firstOther >= 0) expect(data.partners.slice(firstOther).some((partner) => partner.featured)).toBe(false);
        // Every record that did not make it was reported, naming its index.
        const records = (input as { partners: unknown[] }).partners;
        const dropped = records.length - data.partners.length;
        expect(warnings.filter((message) => /^partners\[\d+\] skipped/.test(message))).toHaveLength(dropped);
        for (const list of ['contributors', 'users'] as const) {
          const ids = data.community[list];
          expect(ids.every((id) => ID.test(id))).toBe(true);
          expect(new Set(ids).size).toBe(ids.length);
          const skipped = new RegExp(`^community\\.${list}\\[\\d+\\] skipped`);
          expect(warnings.filter((message) => skipped.test(message))).toHaveLength(droppedNames(input, list, ids));
        }
        // Nothing in the input reached Object.prototype.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});
