import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { monogramOf } from '@/features/partners/components/partner-logo';
import { reply } from '@test/support/fetch-stub';
import { textsIn } from '@test/support/locale-texts';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

/** The data file with official logos given for some partners (as an https URL or a site path would be). */
function withLogos(logos: Record<string, string>) {
  const data = partnersData();
  for (const partner of data.partners) if (logos[partner.id]) partner.logo = logos[partner.id];
  return data;
}

async function cardOf(id: string, lng: 'zh' | 'en' = 'en', data = partnersData()) {
  const texts = await textsIn(lng);
  await renderApp({ url: `/?lng=${lng}`, routes: partnersRoute(reply.json(data)) });
  const name = texts(`partners:${id}.name`);
  return { card: await screen.findByRole('article', { name }), name };
}

const tileOf = (scope: HTMLElement) => scope.querySelector('.partner-logo--tile');

describe('partner logos', () => {
  it('are a neutral tile of letters until an official file is supplied, and the name is said once, by the heading', async () => {
    const { card, name } = await cardOf('huawei-cloud');
    expect(card.querySelector('img')).toBeNull();
    expect(tileOf(card)).toHaveAttribute('aria-hidden', 'true');
    expect(tileOf(card)).toHaveTextContent(monogramOf(name));
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(name);
    // The name once: not in the tile, not in the job title (the quote itself may speak of it).
    const outsideQuote = [...card.children].filter((part) => part.tagName !== 'BLOCKQUOTE').map((part) => part.textContent);
    expect(outsideQuote.join(' ').split(name)).toHaveLength(2);
  });

  it('use one Han character in the tile of a Chinese name', async () => {
    const { card, name } = await cardOf('baidu', 'zh');
    expect(tileOf(card)).toHaveTextContent([...name][0]!);
  });

  it.each([
    // Names of the same shapes as the partners', none of them a partner's (the content may change).
    ['Example Cloud', 'EC'],
    ['NeoCloud', 'NC'],
    ['4Points', '4P'],
    ['ACME Works', 'AW'],
    ['Acme', 'A'],
    ['123', '123'],
    ['星辰云', '星'],
    ['ACME招聘', 'A'],
    ['  ', '?'],
  ])('letter the tile of %j as %j', (name, letters) => {
    expect(monogramOf(name)).toBe(letters);
  });

  it('show an official file as a decorative image: the name is the heading', async () => {
    const { card } = await cardOf('baidu', 'en', withLogos({ baidu: 'logos/baidu.svg' }));
    const image = card.querySelector('img');
    expect(image).toHaveAttribute('src', '/logos/baidu.svg');
    expect(image).toHaveAttribute('alt', '');
    expect(within(card).queryByRole('img')).not.toBeInTheDocument();
  });

  it('turn into the tile, not a broken image, when the file fails to load', async () => {
    const { card, name } = await cardOf('baidu', 'en', withLogos({ baidu: 'logos/baidu.svg' }));
    fireEvent.error(card.querySelector('img')!);
    expect(card.querySelector('img')).toBeNull();
    expect(tileOf(card)).toHaveTextContent(monogramOf(name));
  });

  it('show the tile when the data gives an unsafe logo', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = withLogos({ baidu: '//evil.example/x.svg', bocloud: 'javascript:alert(1)', '4paradigm': '../secret.svg' });
    const en = await textsIn('en');
    await renderApp({ url: '/?lng=en', routes: partnersRoute(reply.json(data)) });
    for (const id of ['baidu', 'bocloud', '4paradigm']) {
      const card = await screen.findByRole('article', { name: en(`partners:${id}.name`) });
      expect(card.querySelector('img')).toBeNull();
      expect(tileOf(card)).toHaveTextContent(monogramOf(en(`partners:${id}.name`)));
    }
    expect(document.querySelector('img[src*="evil"], img[src^="javascript"], img[src*=".."]')).toBeNull();
  });

  it('in the detail view fall back to the tile too', async () => {
    const en = await textsIn('en');
    const name = en('partners:ximalaya.name');
    await renderApp({ url: '/?lng=en&partner=ximalaya', routes: partnersRoute(reply.json(withLogos({ ximalaya: 'logos/ximalaya.svg' }))) });
    const dialog = await screen.findByRole('dialog', { name });
    fireEvent.error(dialog.querySelector('img')!);
    expect(dialog.querySelector('img')).toBeNull();
    expect(tileOf(dialog)).toHaveTextContent(monogramOf(name));
  });
});
