import { useId } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
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
  const { t, tx } = useTexts('program');
  // The review view shows this section once per language: ids must not repeat.
  const headingId = useId();
  return (
    <section className="program" aria-labelledby={headingId}>
      <h2 id={headingId}>{tx('heading')}</h2>
      <p className="program__intro">{tx('intro')}</p>

      <h3>{tx('statsHeading')}</h3>
      <dl className="program__stats">
        {COMMUNITY_STATS.map(({ id, value }) => (
          <div key={id} className="program__stat">
            <dt>{tx(`stats.${id}`)}</dt>
            <dd>{tx('stats.value', { value })}</dd>
          </div>
        ))}
      </dl>

      <div className="program__columns">
        <div>
          <TitledList heading={t('capabilitiesHeading')} items={CAPABILITIES.map((id) => t(`capabilities.${id}`))} />
          <h3>{tx('sectorsHeading')}</h3>
          <p>{tx('sectors')}</p>
        </div>
        <div>
          <TitledList heading={t('benefitsHeading')} items={BENEFITS.map((id) => t(`benefits.${id}`))} />
          <p>{tx('audience')}</p>
        </div>
      </div>

      <div className="program__join">
        <QrCode value={JOIN_URL} label={t('qrLabel')} />
        <div>
          <h3>{tx('joinHeading')}</h3>
          <ol className="program__steps">
            <li>{tx('joinSteps.apply')}</li>
            <li>{tx('joinSteps.result')}</li>
          </ol>
          {showLinks && (
            <a className="button" href={JOIN_URL} target="_blank" rel="noopener noreferrer" aria-label={t('joinLinkLabel')}>
              {tx('joinLink')}
            </a>
          )}
          <h3>{tx('contactHeading')}</h3>
          <address className="program__contact">
            {tx('contact')} <span className="program__email">{CONTACT_EMAIL}</span>
          </address>
        </div>
      </div>
    </section>
  );
}
