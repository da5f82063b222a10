import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enPartners from '../../../../locales/en/partners.json';
import { renderApp } from '@test/support/render-app';

/**
 * A press as the browser reports it: pointerdown and mousedown where it began, pointerup, mouseup
 * and click where it ended; `detail` counts the clicks of a double click (2 for its second).
 */
function press(from: Element, to: Element = from, detail = 1) {
  fireEvent.pointerDown(from, { isPrimary: true, button: 0 });
  fireEvent.mouseDown(from, { button: 0, detail });
  fireEvent.pointerUp(to, { isPrimary: true, button: 0 });
  fireEvent.mouseUp(to, { button: 0, detail });
  // The click goes to the nearest element that holds both ends of the press.
  fireEvent.click(from.contains(to) ? from : to.contains(from) ? to : document.body, { button: 0, detail });
}

/**
 * Closing a detail opened from its card goes back in history, which jsdom does a couple of tasks
 * later: every test waits this long before looking, and the last one shows that it is enough.
 */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

async function openBaidu() {
  const { i18n, user } = await renderApp({ url: '/?lng=en' });
  await user.click(await screen.findByRole('button', { name: i18n.t('partners.readMoreLabel', { name: enPartners.baidu.name }) }));
  return screen.findByRole('dialog', { name: enPartners.baidu.name });
}

describe('the detail view and its backdrop', () => {
  it('stays open after a double click on "Read more": the second click lands on the backdrop', async () => {
    const dialog = await openBaidu();
    // The dialog opened under the pointer after the first click; the second one hits its backdrop.
    press(dialog, dialog, 2);
    await settle();
    expect(screen.getByRole('dialog', { name: enPartners.baidu.name })).toBeInTheDocument();
  });

  it('stays open when a text selection is dragged from the quote onto the backdrop', async () => {
    const dialog = await openBaidu();
    press(within(dialog).getByRole('blockquote'), dialog);
    await settle();
    expect(screen.getByRole('dialog', { name: enPartners.baidu.name })).toBeInTheDocument();
  });

  it('closes on a click of its own on the backdrop', async () => {
    const dialog = await openBaidu();
    press(dialog);
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
