import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { COMMUNITY_STATS, CONTACT_EMAIL, JOIN_SECTION_ID, REQUIREMENTS } from '@/features/program/program-facts';
import { ProgramSection } from '@/features/program/program-section';
import { textsIn } from '@test/support/locale-texts';
import { renderApp } from '@test/support/render-app';

async function programIn(lng: 'zh' | 'en') {
  const texts = await textsIn(lng);
  await renderApp({ lng });
  return { section: await screen.findByRole('region', { name: texts('program:heading') }), texts };
}

const figures = (section: HTMLElement) =>
  within(section)
    .getAllByRole('definition')
    .map((figure) => figure.textContent);

describe('the program section', () => {
  it.each(['zh', 'en'] as const)('gives the community figures as the announcement writes them, dated (%s)', async (lng) => {
    const { section, texts } = await programIn(lng);
    // Each figure is its own text ("3.2k" stars, no "+" the announcement does not have), never a number the code formats.
    expect(figures(section)).toEqual(COMMUNITY_STATS.map((id) => texts(`program:stats.${id}Value`)));
    expect(
      within(section)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(COMMUNITY_STATS.map((id) => texts(`program:stats.${id}`)));
    expect(within(section).getByText(texts('program:statsAsOf'))).toBeInTheDocument();
  });

  it("opens with the announcement's lead, then what Volcano is", async () => {
    const { section, texts } = await programIn('en');
    const paragraphs = [...section.querySelectorAll('p')].map((paragraph) => paragraph.textContent);
    expect(paragraphs.slice(0, 2)).toEqual([texts('program:lead'), texts('program:intro')]);
  });

  it('lists the main capabilities, what members get and who should join', async () => {
    const { section, texts } = await programIn('en');
    const listUnder = (heading: string) => {
      const list = within(section).getByRole('heading', { name: heading }).parentElement!.querySelectorAll('ul');
      return [...list].flatMap((ul) => [...ul.querySelectorAll('li')].map((item) => item.textContent));
    };
    expect(within(section).getByText(texts('program:capabilities.queues'))).toBeInTheDocument();
    expect(within(section).getByText(texts('program:benefits.guidance'))).toBeInTheDocument();
    expect(within(section).getByText(texts('program:requirementsLead'))).toBeInTheDocument();
    expect(listUnder(texts('program:requirementsHeading'))).toEqual(
      expect.arrayContaining(REQUIREMENTS.map((id) => texts(`program:requirements.${id}`))),
    );
  });

  it.each(['zh', 'en'] as const)(
    'says how to join: three steps, the QR code, the GitHub page named for what it is, a mailto: address (%s)',
    async (lng) => {
      const { section, texts } = await programIn(lng);
      const join = within(section).getByRole('region', { name: texts('program:joinHeading') });
      expect(join).toHaveAttribute('id', JOIN_SECTION_ID);
      expect(
        within(join)
          .getAllByRole('listitem')
          .map((step) => step.textContent),
      ).toEqual((['apply', 'email', 'result'] as const).map((id) => texts(`program:joinSteps.${id}`)));
      expect(await within(join).findByRole('img', { name: texts('program:qrLabel') })).toBeInTheDocument();
      const page = within(join).getByRole('link', { name: texts('program:joinLinkLabel') });
      expect(page).toHaveTextContent(texts('program:joinLink'));
      expect(page.getAttribute('href')).toMatch(/^https:\/\/github\.com\//);
      expect(page).toHaveAttribute('target', '_blank');
      expect(page).toHaveAttribute('rel', 'noopener noreferrer');
      const email = within(join).getByRole('link', { name: CONTACT_EMAIL });
      expect(email).toHaveAttribute('href', `mailto:${CONTACT_EMAIL}`);
      expect(email.parentElement).toHaveTextContent(`${texts('program:contact')} ${CONTACT_EMAIL}`);
      expect(within(join).getByText(texts('program:closing'))).toBeInTheDocument();
    },
  );

  it('draws the QR code as SVG, not as an image file', async () => {
    const { section, texts } = await programIn('en');
    const qr = await within(section).findByRole('img', { name: texts('program:qrLabel') });
    await within(section).findByTitle(texts('program:qrLabel'));
    expect(section.querySelector('.qr-code svg')).not.toBeNull();
    expect(section.querySelector('.qr-code img')).toBeNull();
    expect(qr).toBeInTheDocument();
  });

  it('draws the QR code without waiting for the visitor to scroll to it', async () => {
    // A browser where nothing ever comes near the viewport: the code is there all the same.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    const { section, texts } = await programIn('zh');
    await within(section).findByTitle(texts('program:qrLabel'));
    expect(section.querySelector('.qr-code svg')).not.toBeNull();
  });

  it('offers no link where nothing may leave the app (the kiosk): the QR code and the address as text', async () => {
    const texts = await textsIn('en');
    await renderApp({ lng: 'en', ui: <ProgramSection showLinks={false} />, namespaces: ['common', 'program'] });
    const section = await screen.findByRole('region', { name: texts('program:heading') });
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
    expect(within(section).getByText(CONTACT_EMAIL)).toBeInTheDocument();
    expect(await within(section).findByRole('img', { name: texts('program:qrLabel') })).toBeInTheDocument();
  });
});
