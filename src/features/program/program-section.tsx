import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '@/shared/ui/qr-code';
import { BENEFITS, CAPABILITIES, COMMUNITY_STATS, CONTACT_EMAIL, JOIN_URL } from './program-facts';
import './program-section.css';

function TitledList({ heading, items }: { heading: string; items: string[] }) {
  return (
    <>
      <h3>{heading}</h3>
      <ul className="program__list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** What Volcano is, the community in numbers, what members get and how to join. */
export function ProgramSection({ showLinks = true }: { showLinks?: boolean }) {
  const { t } = useTranslation('program');
  // The review view shows this section once per language: ids must not repeat.
  const headingId = useId();
  return (
    <section className="program" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p className="program__intro">{t('intro')}</p>

      <h3>{t('statsHeading')}</h3>
      <dl className="program__stats">
        {COMMUNITY_STATS.map(({ id, value }) => (
          <div key={id} className="program__stat">
            <dt>{t(`stats.${id}`)}</dt>
            <dd>{t('stats.value', { value })}</dd>
          </div>
        ))}
      </dl>

      <div className="program__columns">
        <div>
          <TitledList heading={t('capabilitiesHeading')} items={CAPABILITIES.map((id) => t(`capabilities.${id}`))} />
          <h3>{t('sectorsHeading')}</h3>
          <p>{t('sectors')}</p>
        </div>
        <div>
          <TitledList heading={t('benefitsHeading')} items={BENEFITS.map((id) => t(`benefits.${id}`))} />
          <p>{t('audience')}</p>
        </div>
      </div>

      <div className="program__join">
        <QrCode value={JOIN_URL} label={t('qrLabel')} />
        <div>
          <h3>{t('joinHeading')}</h3>
          <ol className="program__steps">
            <li>{t('joinSteps.apply')}</li>
            <li>{t('joinSteps.result')}</li>
          </ol>
          {showLinks && (
            <a className="button" href={JOIN_URL} target="_blank" rel="noopener noreferrer" aria-label={t('joinLinkLabel')}>
              {t('joinLink')}
            </a>
          )}
          <h3>{t('contactHeading')}</h3>
          <address className="program__contact">
            {t('contact')} <span className="program__email">{CONTACT_EMAIL}</span>
          </address>
        </div>
      </div>
    </section>
  );
}
