import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Root } from '@/app/root';
import { renderApp } from '@test/support/render-app';

/**
 * The whole kiosk as main.tsx composes it: real data file, real locale files, real providers.
 * The clock is fake but also moves with real time, so findBy* and user-event keep working while
 * idle periods are skipped explicitly.
 */
const params = () => Object.fromEntries(new URLSearchParams(window.location.search));

async function skip(ms: number) {
  for (let left = ms; left > 0; left -= 500) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(Math.min(500, left));
    });
  }
}

afterEach(() => window.sessionStorage.clear());

describe('kiosk mode of the app', () => {
  it('turns a visit (language, filter, search, detail) back into the attract loop after ?idle= seconds', async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const { user } = await renderApp({
      url: '/?kiosk=1&rotate=600&idle=60',
      lng: 'zh',
      ui: <Root />,
      beforeRender: () => vi.useFakeTimers({ shouldAdvanceTime: true }),
    });
    expect(await screen.findByRole('heading', { level: 2, name: '华为云' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '暂停' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '浏览全部合作伙伴' }));
    await user.click(await screen.findByRole('button', { name: /人工智能/ }));
    await user.type(screen.getByRole('searchbox'), 'Paddle');
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'What our partners say' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Read more: Baidu' }));
    const detail = await screen.findByRole('dialog');
    // No link leaves the kiosk: the website is offered as a QR code of the web page.
    expect(within(detail).getByRole('img', { name: 'QR code: open the page of Baidu on your phone' })).toBeInTheDocument();
    expect(within(detail).queryByRole('link')).not.toBeInTheDocument();
    expect(params()).toMatchObject({ lng: 'en', industry: 'ai', q: 'Paddle', partner: 'baidu' });

    await skip(40_500);
    expect(screen.getByRole('alertdialog', { name: 'Still there?' })).toBeInTheDocument();
    await skip(20_000);

    expect(await screen.findByRole('heading', { level: 2, name: '华为云' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '暂停' })).toBeInTheDocument();
    expect(params()).toEqual({ kiosk: '1', rotate: '600', idle: '60', lng: 'zh' });
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '浏览全部合作伙伴' }));
    expect(await screen.findByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('button', { name: /人工智能/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('never renders a link to another origin, in the attract loop or the browse view', async () => {
    const { user } = await renderApp({ url: '/?kiosk=1&rotate=600', lng: 'zh', ui: <Root /> });
    await screen.findByRole('heading', { level: 2, name: '华为云' });
    const foreign = () =>
      [...document.querySelectorAll('a[href]')].filter((a) => new URL((a as HTMLAnchorElement).href).origin !== window.location.origin);
    expect(foreign()).toEqual([]);
    await user.click(screen.getByRole('button', { name: '浏览全部合作伙伴' }));
    await screen.findByRole('heading', { name: '合作伙伴怎么说' });
    expect(await screen.findByRole('heading', { name: '如何加入' })).toBeInTheDocument();
    expect(foreign()).toEqual([]);
  });
});
