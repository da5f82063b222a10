import { useId, useRef, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { useFitText } from '@/shared/hooks/use-fit-text';
import type { KioskItem } from './kiosk-item';
import { KioskQr } from './kiosk-qr';

interface KioskSlideProps {
  item: KioskItem;
  logo: ReactNode;
  /** "3 / 12": names the slide for screen readers, as the APG carousel pattern does. */
  label: string;
  /** The slide fading out under the new one: hidden from assistive technology and from input. */
  leaving?: boolean;
  onOpen: () => void;
}

/** One testimonial, full screen: who said it, the quote at the largest size that fits, a QR code. */
export function KioskSlide({ item, logo, label, leaving = false, onOpen }: KioskSlideProps) {
  const { t, tx } = useTexts('kiosk');
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  const quote = useRef<HTMLQuoteElement>(null);
  useFitText(box, quote, { minPx: 18, maxVmin: 6 }, item.quote.text);
  return (
    <div
      role="group"
      aria-roledescription={t('slide')}
      aria-label={label}
      className={leaving ? 'kiosk-slide kiosk-slide--leaving' : 'kiosk-slide kiosk-slide--current'}
      aria-hidden={leaving || undefined}
      inert={leaving}
    >
      <article className="kiosk-slide__article" aria-labelledby={headingId}>
        <header className="kiosk-slide__who">
          <div className="kiosk-slide__logo">{logo}</div>
          <h2 id={headingId} className="kiosk-slide__name" lang={item.name.lang}>
            {item.name.text}
          </h2>
          {(item.speaker || item.title) && (
            <p className="kiosk-slide__byline">
              {item.speaker && <strong lang={item.speaker.lang}>{item.speaker.text}</strong>}
              {item.title && <span lang={item.title.lang}>{item.title.text}</span>}
            </p>
          )}
        </header>
        <div ref={box} className="kiosk-slide__quote">
          <blockquote ref={quote} lang={item.quote.lang}>
            <p>{item.quote.text}</p>
          </blockquote>
        </div>
        <aside className="kiosk-slide__aside">
          <KioskQr value={item.link} label={t('qrLabel', { name: item.name.text })} />
          <button type="button" className="button kiosk-slide__open" onClick={onOpen}>
            {tx('readFull')}
          </button>
        </aside>
      </article>
    </div>
  );
}
