import { useId, useMemo, useRef, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { useFitText } from '@/shared/hooks/use-fit-text';
import type { KioskItem } from './kiosk-item';
import { KioskQr } from './kiosk-qr';
import { withWordBreaks } from './word-breaks';

/** 56 px on a 1080 px screen (its shorter side), in proportion on others, never below 32 px. */
function smallestHighlightPx(): number {
  return Math.max(32, Math.round(Math.min(window.innerWidth, window.innerHeight) * 0.052));
}

interface KioskSlideProps {
  item: KioskItem;
  logo: ReactNode;
  /** "3 / 12": names the slide for screen readers, as the APG carousel pattern does. */
  label: string;
  /** The slide fading out before the new one fades in: hidden from assistive technology and from input. */
  leaving?: boolean;
  onOpen: () => void;
}

/**
 * One testimonial, read from across the booth: its highlight (or, without one, the quote) at the
 * largest size that fits, 56 px at the least on a 1080 px screen, then who said it. Where the text on screen is not
 * the whole quote, a QR code and "Read in full" lead to the rest.
 */
export function KioskSlide({ item, logo, label, leaving = false, onOpen }: KioskSlideProps) {
  const { t, tx } = useTexts('kiosk');
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  const quote = useRef<HTMLQuoteElement>(null);
  const shown = item.highlight ?? item.quote;
  const text = useMemo(() => withWordBreaks(shown.text, shown.lang), [shown.text, shown.lang]);
  useFitText(box, quote, { minPx: smallestHighlightPx(), maxVmin: 8.5 }, shown.text);
  return (
    <div
      role="group"
      aria-roledescription={t('slide')}
      aria-label={label}
      className={leaving ? 'kiosk-slide kiosk-slide--leaving' : 'kiosk-slide kiosk-slide--current'}
      aria-hidden={leaving || undefined}
      inert={leaving}
    >
      <article className="kiosk-quote" aria-labelledby={headingId}>
        <div ref={box} className="kiosk-quote__text">
          <blockquote ref={quote} lang={shown.lang}>
            <p>{text}</p>
          </blockquote>
        </div>
        <footer className="kiosk-quote__who">
          <div className="kiosk-quote__logo">{logo}</div>
          <div className="kiosk-quote__names">
            <h2 id={headingId} className="kiosk-quote__name" lang={item.name.lang}>
              {item.name.text}
            </h2>
            {item.speaker && (
              <p className="kiosk-quote__speaker" lang={item.speaker.lang}>
                {item.speaker.text}
              </p>
            )}
            {item.title && (
              <p className="kiosk-quote__title" lang={item.title.lang}>
                {item.title.text}
              </p>
            )}
          </div>
        </footer>
        {/* A highlight is always part of a longer quote. A quote shown whole is cut only when it
            overflows even at the smallest size: useFitText marks that, and kiosk.css shows this then. */}
        <aside className={item.highlight ? 'kiosk-quote__more' : 'kiosk-quote__more kiosk-quote__more--if-cut'}>
          <KioskQr value={item.link} label={t('qrLabel', { name: item.name.text })} caption={tx('scanHint')} />
          <button type="button" className="button kiosk-quote__open" onClick={onOpen}>
            {tx('readFull')}
          </button>
        </aside>
      </article>
    </div>
  );
}
