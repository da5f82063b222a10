import { useId, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import type { KioskJoin } from './kiosk-item';
import { KioskQr } from './kiosk-qr';
import { withWordBreaks } from './word-breaks';
import { VOLCANO_MARK_URL } from '@/shared/lib/brand';
import { KeepWords } from '@/shared/ui/keep-words';

interface JoinSlideProps {
  join: KioskJoin;
  label: string;
  leaving?: boolean;
}

/**
 * The call to join, once in every loop: what members get, a QR code large enough to scan from a
 * step back (the program's page with the requirements), and whom to write to.
 */
export function JoinSlide({ join, label, leaving = false }: JoinSlideProps) {
  const { t, tx, i18n } = useTexts('kiosk');
  const headingId = useId();
  // A plain string is in the page's language (tx marks a fallback's with its own lang, left whole).
  // A heading also keeps a hyphenated word ("Co-construction") on one line.
  const display = (text: ReactNode, heading = false) => {
    if (typeof text !== 'string') return text;
    const shown = withWordBreaks(text, i18n.language, { holdLastWords: !heading });
    return heading ? <KeepWords>{shown}</KeepWords> : shown;
  };
  return (
    <div
      role="group"
      aria-label={label}
      className={leaving ? 'kiosk-slide kiosk-slide--leaving' : 'kiosk-slide kiosk-slide--current'}
      aria-hidden={leaving || undefined}
      inert={leaving}
    >
      <section className="kiosk-join" aria-labelledby={headingId}>
        <div className="kiosk-join__call">
          {/* The Volcano mark, CNCF artwork (CC BY 4.0), unchanged. Decorative: the heading names the program. */}
          <img className="kiosk-join__mark" src={VOLCANO_MARK_URL} alt="" width={360} height={360} />
          <h2 id={headingId} className="kiosk-join__heading">
            {display(tx('join.heading'), true)}
          </h2>
          <p className="kiosk-join__body">{display(tx('join.body'))}</p>
        </div>
        <KioskQr value={join.url} label={t('join.qrLabel')} caption={tx('join.scan')} large />
        <p className="kiosk-join__contact">{tx('join.contact', { email: join.email })}</p>
      </section>
    </div>
  );
}
