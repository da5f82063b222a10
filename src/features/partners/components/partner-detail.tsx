import { useEffect, useRef, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { htmlLangOf } from '@/shared/lib/html-lang';
import type { PartnerText } from '@/features/partners/hooks/use-partner-text';
import type { Partner } from '@/features/partners/schema';
import { IndustryTags } from './industry-tags';
import { PartnerByline, PartnerQuote } from './partner-byline';
import { PartnerLogo } from './partner-logo';
import './partner-detail.css';

interface PartnerDetailProps {
  /** The partner to show; null when the URL names one that does not exist. */
  partner: Partner | null;
  text: PartnerText | null;
  onClose: () => void;
  /** How the website is offered: a link on the web, something else where leaving is not allowed. */
  renderWebsite?: (partner: Partner, text: PartnerText) => ReactNode;
}

export function WebsiteLink({ partner, text }: { partner: Partner; text: PartnerText }) {
  const { t, tx } = useTexts();
  if (!partner.website) return null;
  return (
    <a
      className="button"
      href={partner.website}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t('detail.websiteLabel', { name: text.name.text })}
    >
      {tx('detail.website')}
    </a>
  );
}

/** The full testimonial in a modal dialog: focus is trapped, Escape closes, focus returns. */
export function PartnerDetail({
  partner,
  text,
  onClose,
  renderWebsite = (p, pt) => <WebsiteLink partner={p} text={pt} />,
}: PartnerDetailProps) {
  const { tx } = useTexts();
  const dialog = useRef<HTMLDialogElement>(null);
  const pressBeganOnBackdrop = useRef(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    // The dialog leaves with React (the URL changed), not through close(), and a removed dialog
    // does not give focus back by itself: remember who opened it and return focus there.
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog-surface partner-detail"
      aria-labelledby="partner-detail-heading"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onPointerDown={(event) => {
        pressBeganOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        // The backdrop (the dialog element itself, outside its content) closes it, on a click of
        // its own: one whose press began there too (a text selection dragged out of the content
        // ends on the backdrop) and that is not the second click of a double click (the dialog
        // opened under the pointer on the first click of "Read more").
        const onBackdrop = event.target === event.currentTarget && pressBeganOnBackdrop.current;
        pressBeganOnBackdrop.current = false;
        if (onBackdrop && event.detail <= 1) onClose();
      }}
    >
      <div className="partner-detail__content">
        <button type="button" className="button button--quiet partner-detail__close" onClick={onClose}>
          {tx('detail.close')}
        </button>
        {partner && text ? (
          <>
            <PartnerLogo src={partner.logo} name={text.name.text} size="large" />
            <h2 id="partner-detail-heading" lang={htmlLangOf(text.name.lang)}>
              {text.name.text}
            </h2>
            <PartnerByline text={text} />
            <PartnerQuote text={text} />
            <IndustryTags industries={partner.industries} />
            <div className="partner-detail__actions">{renderWebsite(partner, text)}</div>
          </>
        ) : (
          <p id="partner-detail-heading" role="alert">
            {tx('detail.notFound')}
          </p>
        )}
      </div>
    </dialog>
  );
}
