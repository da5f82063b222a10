import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Root } from '@/app/root';
import { CONTACT_EMAIL } from '@/features/program/program-facts';
import { renderApp } from '@test/support/render-app';
import { languageName, textsIn } from '@test/support/locale-texts';

/**
 * The whole kiosk as main.tsx composes it: real data file, real locale files, real providers.
 * The clock is fake but also moves with real time, so findBy* and user-event keep working while
 * idle periods are skipped explicitly.
 */
const zh = await textsIn('zh');
const en = await textsIn('en');
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
    // The kiosk has no search box (no keyboard at a booth): a search can only come with the URL.
    const { user } = await renderApp({
      url: '/?kiosk=1&rotate=600&idle=60&q=Paddle',
      lng: 'zh',
      ui: <Root />,
      beforeRender: () => vi.useFakeTimers({ shouldAdvanceTime: true }),
    });
    expect(await screen.findByRole('heading', { level: 2, name: zh('partners:huawei-cloud.name') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: zh('kiosk:pause') })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: zh('kiosk:explore') }));
    await user.click(await screen.findByRole('button', { name: new RegExp(zh('industry.ai')) }));
    await user.click(screen.getByRole('link', { name: languageName('en') }));
    expect(await screen.findByRole('heading', { name: en('partners.heading') })).toBeInTheDocument();
    const baidu = en('partners:baidu.name');
    await user.click(screen.getByRole('button', { name: en('partners.readMoreLabel', { name: baidu }) }));
    const detail = await screen.findByRole('dialog');
    // No link leaves the kiosk: the website is offered as a QR code of the web page, to take away.
    expect(within(detail).getByRole('img', { name: en('kiosk:websiteQrLabel', { name: baidu }) })).toBeInTheDocument();
    expect(within(detail).getByText(en('kiosk:scanKeep'))).toBeInTheDocument();
    expect(within(detail).queryByText(en('kiosk:scanHint'))).not.toBeInTheDocument();
    expect(within(detail).queryByRole('link')).not.toBeInTheDocument();
    expect(params()).toMatchObject({ lng: 'en', industry: 'ai', q: 'Paddle', partner: 'baidu' });

    await skip(40_500);
    expect(screen.getByRole('alertdialog', { name: en('kiosk:idle.heading') })).toBeInTheDocument();
    await skip(20_000);

    expect(await screen.findByRole('heading', { level: 2, name: zh('partners:huawei-cloud.name') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: zh('kiosk:pause') })).toBeInTheDocument();
    expect(params()).toEqual({ kiosk: '1', rotate: '600', idle: '60', lng: 'zh' });
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: zh('kiosk:explore') }));
    expect(await screen.findByRole('button', { name: new RegExp(zh('industry.ai')) })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByRole('article')).toHaveLength(12);
  });

  it('shows each partner’s highlight in the attract loop, and the program’s call to join at the end of the loop', async () => {
    const { user } = await renderApp({ url: '/?kiosk=1&rotate=600&lng=en', lng: 'en', ui: <Root /> });
    await screen.findByRole('heading', { level: 2, name: en('partners:huawei-cloud.name') });
    expect(screen.getByText(en('partners:huawei-cloud.highlight')).closest('blockquote')).toHaveAttribute('lang', 'en');
    expect(screen.queryByText(en('partners:huawei-cloud.quote'))).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: en('kiosk:previous') }));
    expect(screen.getByRole('heading', { level: 2, name: en('kiosk:join.heading') })).toBeInTheDocument();
    expect(screen.getByText(en('kiosk:join.contact', { email: CONTACT_EMAIL }))).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: en('kiosk:join.qrLabel') })).toBeInTheDocument();
  });

  it('never renders a link to another origin, in the attract loop or the browse view', async () => {
    const { user } = await renderApp({ url: '/?kiosk=1&rotate=600', lng: 'zh', ui: <Root /> });
    await screen.findByRole('heading', { level: 2, name: zh('partners:huawei-cloud.name') });
    const foreign = () =>
      [...document.querySelectorAll('a[href]')].filter((a) => new URL((a as HTMLAnchorElement).href).origin !== window.location.origin);
    expect(foreign()).toEqual([]);
    await user.click(screen.getByRole('button', { name: zh('kiosk:explore') }));
    await screen.findByRole('heading', { name: zh('partners.heading') });
    expect(await screen.findByRole('heading', { name: zh('program:joinHeading') })).toBeInTheDocument();
    expect(foreign()).toEqual([]);
  });
});
