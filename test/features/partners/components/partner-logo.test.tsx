import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { reply } from '@test/support/fetch-stub';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

async function cardOf(name: string, url = '/?lng=en', data = partnersData()) {
  await renderApp({ url, routes: partnersRoute(reply.json(data)) });
  return screen.findByRole('article', { name });
}

describe('partner logos', () => {
  it('are decorative images from the site: the name is the heading', async () => {
    const card = await cardOf('Baidu');
    const image = card.querySelector('img');
    expect(image).toHaveAttribute('src', '/logos/baidu.svg');
    expect(image).toHaveAttribute('alt', '');
    expect(within(card).queryByRole('img')).not.toBeInTheDocument();
  });

  it('turn into a monogram, not a broken image, when the file fails to load', async () => {
    const card = await cardOf('Baidu');
    fireEvent.error(card.querySelector('img')!);
    expect(card.querySelector('img')).toBeNull();
    expect(within(card).getByText('BA')).toHaveAttribute('aria-hidden', 'true');
  });

  it('use one Han character as the monogram of a Chinese name', async () => {
    const card = await cardOf('百度', '/?lng=zh');
    fireEvent.error(card.querySelector('img')!);
    expect(card.querySelector('img')).toBeNull();
    expect(within(card).getByText('百')).toBeInTheDocument();
  });

  it('show a monogram when the data gives no logo or an unsafe one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = partnersData();
    delete (data.partners[1] as { logo?: string }).logo;
    data.partners[2]!.logo = '//evil.example/x.svg';
    data.partners[3]!.logo = 'javascript:alert(1)';
    data.partners[4]!.logo = '../secret.svg';
    await renderApp({ url: '/?lng=en', routes: partnersRoute(reply.json(data)) });
    for (const [name, monogram] of [
      ['Baidu', 'BA'],
      ['BoCloud', 'BO'],
      ['4Paradigm', '4P'],
      ['Vipshop', 'VI'],
    ] as const) {
      const card = await screen.findByRole('article', { name });
      expect(card.querySelector('img')).toBeNull();
      expect(within(card).getByText(monogram)).toBeInTheDocument();
    }
    expect(document.querySelector('img[src*="evil"], img[src^="javascript"], img[src*=".."]')).toBeNull();
  });

  it('in the detail view fall back to a monogram too', async () => {
    await renderApp({ url: '/?lng=en&partner=ximalaya' });
    const dialog = await screen.findByRole('dialog', { name: 'Ximalaya' });
    fireEvent.error(dialog.querySelector('img')!);
    expect(dialog.querySelector('img')).toBeNull();
    expect(within(dialog).getByText('XI')).toBeInTheDocument();
  });
});
