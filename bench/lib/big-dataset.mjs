/**
 * 2,000 partners for the "large list" figures, generated deterministically (seeded), with text in
 * every language so each card is as heavy as a real one: names from syllables, quotes stitched from
 * the real quotes' sentences (real length, real scripts), the real speakers and titles reshuffled.
 *
 * How it reaches the app, honestly: the production build is measured unchanged. The browser's
 * requests are answered by Playwright's router: data/partners.json gets the generated file, and each
 * language's partners locale file (content-hashed JSON) gets the real texts plus the generated ones. So the app parses, validates and renders 2,000 records exactly as
 * it would if they were in the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const INDUSTRIES = ['internet', 'ai', 'cloud', 'ecommerce', 'finance', 'research', 'media', 'recruitment', 'architecture'];
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAME_PARTS = {
  zh: ['星', '云', '数', '智', '联', '科', '信', '海', '川', '极', '光', '算', '途', '远', '维'],
  en: ['Nimbus', 'Quanta', 'Vector', 'Cedar', 'Helix', 'Orbit', 'Lumen', 'Atlas', 'Pixel', 'Delta', 'Forge', 'Tide'],
};

function sentencesOf(text, lng) {
  return (lng === 'zh' ? text.split(/(?<=[。！？])/) : text.split(/(?<=[.!?])\s+/)).filter((part) => part.trim());
}

export function generateDataset({ count = 2000, root = process.cwd(), seed = 2023 } = {}) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const real = readJson(join(root, 'public/data/partners.json'));
  const languages = readdirSync(join(root, 'locales')).filter((lng) => !lng.startsWith('_'));
  const texts = Object.fromEntries(languages.map((lng) => [lng, { ...readJson(join(root, 'locales', lng, 'partners.json')) }]));
  const realTexts = Object.fromEntries(languages.map((lng) => [lng, Object.values(texts[lng])]));
  const partners = [...real.partners];
  for (let index = partners.length + 1; partners.length < count; index += 1) {
    const template = pick(real.partners);
    const first = pick(INDUSTRIES);
    const industries = random() < 0.5 ? [first] : [...new Set([first, pick(INDUSTRIES)])];
    const id = `generated-${index}`;
    partners.push({ id, logo: template.logo, website: `https://example.com/partners/${id}`, industries, featured: false });
    const parts = [pick(NAME_PARTS.zh), pick(NAME_PARTS.zh), pick(NAME_PARTS.en), pick(NAME_PARTS.en)];
    for (const lng of languages) {
      const source = realTexts[lng];
      const sentences = sentencesOf(pick(source).quote ?? '', lng).concat(sentencesOf(pick(source).quote ?? '', lng));
      const quote = sentences.slice(0, 2 + Math.floor(random() * 3)).join(lng === 'zh' ? '' : ' ');
      const name = lng === 'zh' ? `${parts[0]}${parts[1]}科技 ${index}` : `${parts[2]} ${parts[3]} ${index}`;
      texts[lng][id] = { name, speaker: pick(source).speaker, title: pick(source).title, quote };
    }
  }
  return { data: { ...real, partners }, texts };
}

/** Which built file holds which language's partner texts: read each and compare with locales/. */
export async function findPartnerTextFiles(distDir, root = process.cwd()) {
  const languages = readdirSync(join(root, 'locales')).filter((lng) => !lng.startsWith('_'));
  const sources = Object.fromEntries(languages.map((lng) => [lng, JSON.stringify(readJson(join(root, 'locales', lng, 'partners.json')))]));
  const files = {};
  for (const file of readdirSync(join(distDir, 'assets')).filter((name) => /^partners-[\w-]+\.json$/.test(name))) {
    const built = JSON.stringify(readJson(join(distDir, 'assets', file)));
    const lng = languages.find((candidate) => sources[candidate] === built);
    if (lng) files[lng] = `/assets/${file}`;
  }
  if (Object.keys(files).length !== languages.length) throw new Error(`partners locale files not all found: ${JSON.stringify(files)}`);
  return files;
}

/** Routes the app's data file and partner locale files to the generated dataset. */
export async function routeAppDataset(page, dataset, textFiles) {
  await page.route('**/data/partners.json', (route) => route.fulfill({ json: dataset.data }));
  for (const [lng, path] of Object.entries(textFiles)) {
    await page.route(`**${path}`, (route) => route.fulfill({ json: dataset.texts[lng] }));
  }
}

/** The baseline lists the same records by name. */
export async function routeBaselineDataset(page, dataset) {
  const items = dataset.data.partners.map((partner) => ({
    id: partner.id,
    name: dataset.texts.en?.[partner.id]?.name ?? partner.id,
    industries: partner.industries,
  }));
  await page.route('**/data.json', (route) => route.fulfill({ json: { items } }));
}
