#!/usr/bin/env node
// @ts-check
/** npm run i18n:accept -- <language|all> <key|ns:key|ns:prefix*|ns|all>... */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acceptTranslations } from './accept.mjs';
import { PATHS } from './config.mjs';
import { loadProject } from './load.mjs';
import { writeHashes } from './source-hashes.mjs';

const [lng, ...targets] = process.argv.slice(2);
const root = fileURLToPath(new URL('../../', import.meta.url));
const project = loadProject(root);

if (!lng || targets.length === 0 || (lng !== 'all' && !project.languages.includes(lng)) || lng === project.source) {
  console.error(`Usage: npm run i18n:accept -- <language|all> <what>...
  language  one of: ${project.languages.filter((item) => item !== project.source).join(', ')} (or all)
  what      common:program.intro   one key            program.intro  that key in any file
            common:program.*       keys under a prefix
            common                 a whole file       all            everything
Records that the translation was checked against the current Chinese text.`);
  process.exit(2);
}

const { store, accepted, refused, unmatched } = acceptTranslations(project, lng, targets);
writeHashes(join(root, PATHS.sourceHashes), store);
for (const item of unmatched) console.error(`Nothing matched "${item}": check the spelling (namespace:key).`);
for (const item of refused) console.error(`Not accepted, ${item.lng} ${item.ns}:${item.key}: ${item.reason}`);
console.log(`Accepted ${accepted.length} translation${accepted.length === 1 ? '' : 's'} (${lng}); recorded in ${PATHS.sourceHashes}.`);
process.exitCode = unmatched.length || refused.length ? 1 : 0;
