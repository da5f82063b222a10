import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import enProgram from '../../../locales/en/program.json';
import zhProgram from '../../../locales/zh/program.json';
import { nativeNameOf } from '@/features/language/locales';
import { reply } from '@test/support/fetch-stub';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

/**
 * "constructor" is a valid partner id (lowercase kebab-case) and also a name every JavaScript
 * object answers to. Its texts must arrive with a language's files however they come: at start,
 * at a switch (here), or as a fallback filled in later (reserved-keys-fallback.test.tsx).
 *
 * i18next's deep merge (addResourceBundle(…, deep = true), deepExtend) skips every key named
 * "constructor" or "__proto__": a language added that way would lose the text. The language layer
 * leaves adding files to i18next's backend, which adds each file whole.
 */
const TEXTS = {
  en: { name: 'Constructor Labs', speaker: 'Ada', title: 'Engineer', quote: 'We build with Volcano.' },
  zh: { name: '构造实验室', speaker: '阿达', title: '工程师', quote: '我们用 Volcano 构建。' },
};

vi.mock('../../../locales/en/partners.json', async (importOriginal) => {
  const { default: texts } = await importOriginal<{ default: object }>();
  return { default: { ...texts, constructor: TEXTS.en } };
});
vi.mock('../../../locales/zh/partners.json', async (importOriginal) => {
  const { default: texts } = await importOriginal<{ default: object }>();
  return { default: { ...texts, constructor: TEXTS.zh } };
});
vi.mock('../../../locales/en/community.json', async (importOriginal) => {
  const { default: texts } = await importOriginal<{ default: object }>();
  return { default: { ...texts, constructor: TEXTS.en.name } };
});
vi.mock('../../../locales/zh/community.json', async (importOriginal) => {
  const { default: texts } = await importOriginal<{ default: object }>();
  return { default: { ...texts, constructor: TEXTS.zh.name } };
});

function dataWithConstructor() {
  const data = partnersData();
  data.partners.push({
    id: 'constructor',
    logo: 'logos/constructor.svg',
    website: 'https://constructor.example',
    industries: ['ai'],
    featured: false,
  });
  data.community.contributors.push('constructor');
  return data;
}

async function communityNames(heading: string) {
  const community = await screen.findByRole('region', { name: heading });
  return within(community)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('a partner whose id is "constructor"', () => {
  it('keeps its texts and its community entry across a language switch', async () => {
    const { user } = await renderApp({ url: '/?lng=zh', routes: partnersRoute(reply.json(dataWithConstructor())) });
    expect(await screen.findByRole('article', { name: TEXTS.zh.name })).toBeInTheDocument();
    expect(await communityNames(zhProgram.community.heading)).toContain(TEXTS.zh.name);

    await user.click(screen.getByRole('link', { name: nativeNameOf('en') }));

    expect(await screen.findByRole('article', { name: TEXTS.en.name })).toBeInTheDocument();
    expect(await communityNames(enProgram.community.heading)).toContain(TEXTS.en.name);
  });
});
