import { screen, within } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import enProgram from '../../../locales/en/program.json';
import { reply } from '@test/support/fetch-stub';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

/**
 * A partner whose id is "constructor" with Chinese texts only: on the English page they come from
 * the Chinese files, loaded as English's fallback. See reserved-keys.test.tsx for why this can fail.
 */
const TEXTS = { name: '构造实验室', speaker: '阿达', title: '工程师', quote: '我们用 Volcano 构建。' };

vi.mock('../../../locales/zh/partners.json', async (importOriginal) => {
  const { default: texts } = await importOriginal<{ default: object }>();
  return { default: { ...texts, constructor: TEXTS } };
});
vi.mock('../../../locales/zh/community.json', async (importOriginal) => {
  const { default: texts } = await importOriginal<{ default: object }>();
  return { default: { ...texts, constructor: TEXTS.name } };
});

it('shows the texts of a partner whose id is "constructor" from the fallback language', async () => {
  const data = partnersData();
  data.partners.push({
    id: 'constructor',
    logo: 'logos/constructor.svg',
    website: 'https://constructor.example',
    industries: ['ai'],
    featured: false,
  });
  data.community.users.push('constructor');
  await renderApp({ url: '/?lng=en', routes: partnersRoute(reply.json(data)) });

  const card = await screen.findByRole('article', { name: TEXTS.name });
  expect(within(card).getByRole('heading', { name: TEXTS.name })).toHaveAttribute('lang', 'zh-CN');
  expect(card).toHaveTextContent(TEXTS.quote);
  const community = await screen.findByRole('region', { name: enProgram.community.heading });
  expect(await within(community).findByText(TEXTS.name)).toBeInTheDocument();
});
