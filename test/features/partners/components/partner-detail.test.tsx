import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import enPartners from '../../../../locales/en/partners.json';
import zhPartners from '../../../../locales/zh/partners.json';
import { reply } from '@test/support/fetch-stub';
import { textsIn } from '@test/support/locale-texts';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

const param = (key: string) => new URLSearchParams(window.location.search).get(key);

describe('the detail view', () => {
  it('opens from ?partner= with the full quote and a safe website link', async () => {
    await renderApp({ url: '/?lng=zh&partner=pinlan' });
    const dialog = await screen.findByRole('dialog', { name: zhPartners.pinlan.name });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('blockquote')).toHaveTextContent(zhPartners.pinlan.quote);
    expect(within(dialog).getByText(zhPartners.pinlan.speaker)).toBeInTheDocument();
    expect(within(dialog).getByText(zhPartners.pinlan.title)).toBeInTheDocument();
    // pinlan has no website in the data: no link at all, not an empty one.
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
  });

  it('links the website in a new tab, without opener or referrer', async () => {
    const en = await textsIn('en');
    await renderApp({ url: '/?lng=en&partner=baidu' });
    const dialog = await screen.findByRole('dialog', { name: en('partners:baidu.name') });
    const link = within(dialog).getByRole('link', { name: en('detail.websiteLabel', { name: en('partners:baidu.name') }) });
    expect(link).toHaveAttribute('href', 'https://www.baidu.com/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(dialog).getByRole('blockquote')).toHaveTextContent(enPartners.baidu.quote);
  });

  it('says clearly when ?partner= names no partner, and the list still shows', async () => {
    const en = await textsIn('en');
    await renderApp({ url: '/?lng=en&partner=no-such-partner' });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(en('detail.notFound'));
    expect(dialog).toHaveAccessibleName(en('detail.notFound'));
    expect(screen.getAllByRole('article', { hidden: true })).toHaveLength(12);
  });

  it('says it in Chinese on a Chinese page', async () => {
    const zh = await textsIn('zh');
    await renderApp({ url: '/?lng=zh&partner=nobody' });
    expect(await screen.findByRole('alert')).toHaveTextContent(zh('detail.notFound'));
  });

  it('opens from a card as a new history entry and closes again', async () => {
    const en = await textsIn('en');
    const name = en('partners:vipshop.name');
    const readInFull = { name: en('partners.readMoreLabel', { name }) };
    const { user } = await renderApp({ url: '/?lng=en' });
    await user.click(await screen.findByRole('button', readInFull));
    const dialog = screen.getByRole('dialog', { name });
    expect(param('partner')).toBe('vipshop');
    await user.click(within(dialog).getByRole('button', { name: en('detail.close') }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(param('partner')).toBeNull();
    // Focus goes back to where the visitor was.
    expect(screen.getByRole('button', readInFull)).toHaveFocus();
  });

  it("opens from the card's name too, a link to the testimonial itself, whether or not its quote is cut", async () => {
    const en = await textsIn('en');
    const name = en('partners:huawei-cloud.name');
    const { user } = await renderApp({ url: '/?lng=en&industry=cloud' });
    const card = await screen.findByRole('article', { name });
    const link = within(card).getByRole('link', { name });
    // A real address: it opens in a new tab, and it is what a visitor shares.
    expect(link).toHaveAttribute('href', '?lng=en&partner=huawei-cloud');
    // The initiator's statement is shown in full: nothing to read on, so no button to read it in full.
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    await user.click(link);
    expect(screen.getByRole('dialog', { name })).toBeInTheDocument();
    expect(param('partner')).toBe('huawei-cloud');
    expect(param('industry')).toBe('cloud');
    window.history.back();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(link).toHaveFocus();
  });

  it('closes a dialog opened from a shared link without leaving the site', async () => {
    const en = await textsIn('en');
    const { user } = await renderApp({ url: '/?lng=en&partner=360' });
    const dialog = await screen.findByRole('dialog', { name: enPartners['360'].name });
    await user.click(within(dialog).getByRole('button', { name: en('detail.close') }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(param('partner')).toBeNull();
    expect(param('lng')).toBe('en');
  });

  it('closes with Escape', async () => {
    await renderApp({ url: '/?lng=en&partner=360' });
    const dialog = await screen.findByRole('dialog', { name: enPartners['360'].name });
    // What the browser fires on a modal <dialog> when Escape is pressed (jsdom has no modal dialogs).
    act(() => void dialog.dispatchEvent(new Event('cancel', { cancelable: true })));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'])(
    'never turns the hostile website %j into a link',
    async (website) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const data = partnersData();
      data.partners[1]!.website = website;
      await renderApp({ url: '/?lng=en&partner=baidu', routes: partnersRoute(reply.json(data)) });
      const dialog = await screen.findByRole('dialog', { name: enPartners.baidu.name });
      expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
      expect(document.querySelector(`a[href^="${website.split(':')[0]}:"]`)).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/partners\[1\] \(baidu\) field "website"/));
    },
  );
});
