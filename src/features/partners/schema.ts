import * as v from 'valibot';
import { toSafeAssetUrl, toSafeHttpUrl } from '@/shared/lib/safe-url';
import { DataFormatError } from '@/shared/lib/fetch-json';
import { isIndustryId, type IndustryId } from './industries';

/**
 * The edge of the app: public/data/partners.json is parsed here once. A file without its list of
 * partners becomes one DataFormatError; a broken record, or a broken name in a community list, is
 * dropped with a warning naming its list, index and field; fields that cannot be trusted (a website
 * that is not http(s), an unknown industry) are dropped on their own so the partner still shows.
 * Everything past this module trusts its types.
 */
export interface Partner {
  id: string;
  /** Resolved URL of an official logo, or null: the card shows its neutral name tile. */
  logo: string | null;
  /** An http(s) URL, or null. */
  website: string | null;
  industries: IndustryId[];
  featured: boolean;
}

export interface Community {
  contributors: string[];
  users: string[];
}

export interface PartnerData {
  partners: Partner[];
  community: Community;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9, -)'));

const recordSchema = v.object({
  id: idSchema,
  logo: v.optional(v.string()),
  website: v.optional(v.string()),
  industries: v.pipe(v.array(v.string()), v.minLength(1, 'needs at least one industry')),
  featured: v.optional(v.boolean(), false),
});

// Only the list of partners is the file's shape; the community is checked list by list and entry
// by entry (parseCommunity), so that one bad name there never hides the partners or the others.
const fileSchema = v.object({
  partners: v.array(v.unknown()),
  community: v.optional(v.unknown()),
});

const COMMUNITY_LISTS = ['contributors', 'users'] as const;
const communitySchema = v.pipe(
  // valibot's object() also takes a list; a list here is a mistake worth a warning.
  v.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'must be an object of lists'),
  v.object({ contributors: v.optional(v.unknown()), users: v.optional(v.unknown()) }),
);
const communityListSchema = v.optional(v.array(v.unknown()), []);

export type Warn = (message: string) => void;

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return `${path ? `field "${path}"` : 'record'}: ${issue.message}`;
}

export interface ParseOptions {
  /** The site's base path, which relative logo paths are resolved against. */
  baseUrl?: string;
  warn?: Warn;
  /** Official logo files in public/logos/ (`<id>.svg`, `.webp` or `.png`), as the build found them. */
  logoFiles?: readonly string[];
}

const LOGO_TYPES = ['svg', 'webp', 'png'] as const;

/**
 * A partner's logo: the data's own `logo` (an https URL or a path on the site), else the official
 * file dropped into public/logos/ under its id, else none (the neutral name tile).
 */
function logoOf(record: v.InferOutput<typeof recordSchema>, index: number, { baseUrl, warn, logoFiles }: Required<ParseOptions>) {
  if (record.logo === undefined) {
    const file = LOGO_TYPES.map((type) => `${record.id}.${type}`).find((name) => logoFiles.includes(name));
    return file ? toSafeAssetUrl(`logos/${file}`, baseUrl) : null;
  }
  const logo = toSafeAssetUrl(record.logo, baseUrl);
  if (logo === null) warn(`partners[${index}] (${record.id}) field "logo": not a site path or https URL; showing the name tile`);
  return logo;
}

function toPartner(record: v.InferOutput<typeof recordSchema>, index: number, options: Required<ParseOptions>): Partner {
  const { warn } = options;
  const logo = logoOf(record, index, options);
  const website = toSafeHttpUrl(record.website);
  if (record.website !== undefined && website === null)
    warn(`partners[${index}] (${record.id}) field "website": only http(s) links are allowed; not linked`);
  const industries = record.industries.filter((industry): industry is IndustryId => {
    if (isIndustryId(industry)) return true;
    warn(`partners[${index}] (${record.id}) field "industries": unknown industry "${industry}" ignored`);
    return false;
  });
  return { id: record.id, logo, website, industries: [...new Set(industries)], featured: record.featured };
}

function parseCommunity(input: unknown, warn: Warn): Community {
  const community: Community = { contributors: [], users: [] };
  if (input === undefined) return community;
  const lists = v.safeParse(communitySchema, input);
  if (!lists.success) {
    warn(`community ignored: ${lists.issues[0].message}`);
    return community;
  }
  for (const name of COMMUNITY_LISTS) {
    const list = v.safeParse(communityListSchema, lists.output[name]);
    if (!list.success) {
      warn(`community.${name} ignored: ${list.issues[0].message}`);
      continue;
    }
    const ids = new Set<string>();
    for (const [index, entry] of list.output.entries()) {
      const id = v.safeParse(idSchema, entry);
      if (!id.success) warn(`community.${name}[${index}] skipped: ${id.issues[0].message}`);
      else if (ids.has(id.output)) warn(`community.${name}[${index}] skipped: duplicate id "${id.output}"`);
      else ids.add(id.output);
    }
    community[name] = [...ids];
  }
  return community;
}

export function parsePartnerData(
  input: unknown,
  { baseUrl = '/', warn = console.warn as Warn, logoFiles = [] }: ParseOptions = {},
): PartnerData {
  const file = v.safeParse(fileSchema, input);
  if (!file.success) {
    throw new DataFormatError(`partners.json has the wrong shape: ${file.issues.map(describeIssue).join('; ')}`);
  }
  const seen = new Set<string>();
  const partners: Partner[] = [];
  file.output.partners.forEach((raw, index) => {
    const record = v.safeParse(recordSchema, raw);
    if (!record.success) {
      warn(`partners[${index}] skipped, ${describeIssue(record.issues[0])}`);
      return;
    }
    if (seen.has(record.output.id)) {
      warn(`partners[${index}] skipped, field "id": duplicate id "${record.output.id}"`);
      return;
    }
    seen.add(record.output.id);
    partners.push(toPartner(record.output, index, { baseUrl, warn, logoFiles }));
  });
  // The host's statement comes first; the rest keep the order of the file.
  partners.sort((a, b) => Number(b.featured) - Number(a.featured));
  return { partners, community: parseCommunity(file.output.community, warn) };
}
