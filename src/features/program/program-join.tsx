import { useId } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { QrCode } from '@/shared/ui/qr-code';
import { CONTACT_EMAIL, JOIN_SECTION_ID, JOIN_URL } from './program-facts';

/**
 * How to join: the steps, the QR code of the program's page on GitHub, the link to it and the
 * maintainer's address. The header's call to action lands here (#join). Without links (the kiosk,
 * where nothing may leave the app) the QR code and the address as text remain.
 */
export function ProgramJoin({ showLinks }: { showLinks: boolean }) {
  const { t, tx } = useTexts('program');
  const headingId = useId();
  return (
    // Focusable so that arriving through #join moves the reading position here, not only the view.
    <section id={JOIN_SECTION_ID} className="program-join" aria-labelledby={headingId} tabIndex={-1}>
      <div className="program-join__steps">
        <h3 id={headingId}>{tx('joinHeading')}</h3>
        <ol className="program__steps">
          <li>{tx('joinSteps.apply')}</li>
          <li>{tx('joinSteps.email')}</li>
          <li>{tx('joinSteps.result')}</li>
        </ol>
        {showLinks && (
          <a className="button" href={JOIN_URL} target="_blank" rel="noopener noreferrer" aria-label={t('joinLinkLabel')}>
            {tx('joinLink')}
          </a>
        )}
        <h3>{tx('contactHeading')}</h3>
        <address className="program-join__contact">
          {tx('contact')}{' '}
          {showLinks ? (
            <a className="program-join__email" href={`mailto:${CONTACT_EMAIL}`}>
              {CONTACT_EMAIL}
            </a>
          ) : (
            <span className="program-join__email">{CONTACT_EMAIL}</span>
          )}
        </address>
      </div>
      <QrCode value={JOIN_URL} label={t('qrLabel')} />
      <p className="program-join__closing">{tx('closing')}</p>
    </section>
  );
}
