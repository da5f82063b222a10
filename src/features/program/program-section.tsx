import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../../shared/ui/qr-code';
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
  const { t } = useTranslation();
  // The review view shows this section once per language: ids must not repeat.
  const headingId = useId();
  return (
    <section className="program" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('program.heading')}</h2>
      <p className="program__intro">{t('program.intro')}</p>

      <h3>{t('program.statsHeading')}</h3>
      <dl className="program__stats">
        {COMMUNITY_STATS.map(({ id, value }) => (
          <div key={id} className="program__stat">
            <dt>{t(`program.stats.${id}`)}</dt>
            <dd>{t('program.stats.value', { value })}</dd>
          </div>
        ))}
      </dl>

      <div className="program__columns">
        <div>
          <TitledList heading={t('program.capabilitiesHeading')} items={CAPABILITIES.map((id) => t(`program.capabilities.${id}`))} />
          <h3>{t('program.sectorsHeading')}</h3>
          <p>{t('program.sectors')}</p>
        </div>
        <div>
          <TitledList heading={t('program.benefitsHeading')} items={BENEFITS.map((id) => t(`program.benefits.${id}`))} />
          <p>{t('program.audience')}</p>
        </div>
      </div>

      <div className="program__join">
        <QrCode value={JOIN_URL} label={t('program.qrLabel')} />
        <div>
          <h3>{t('program.joinHeading')}</h3>
          <ol className="program__steps">
            <li>{t('program.joinSteps.apply')}</li>
            <li>{t('program.joinSteps.result')}</li>
          </ol>
          {showLinks && (
            <a className="button" href={JOIN_URL} target="_blank" rel="noopener noreferrer" aria-label={t('program.joinLinkLabel')}>
              {t('program.joinLink')}
            </a>
          )}
          <h3>{t('program.contactHeading')}</h3>
          <address className="program__contact">
            {t('program.contact')} <span className="program__email">{CONTACT_EMAIL}</span>
          </address>
        </div>
      </div>
    </section>
  );
}
