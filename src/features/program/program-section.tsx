import { useId, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { KeepWords } from '@/shared/ui/keep-words';
import { BENEFITS, CAPABILITIES, COMMUNITY_STATS, REQUIREMENTS } from './program-facts';
import { ProgramJoin } from './program-join';
import './program-section.css';

function TitledList({ heading, lead, items }: { heading: ReactNode; lead?: ReactNode; items: readonly ReactNode[] }) {
  return (
    <>
      <h3>{heading}</h3>
      {lead && <p className="program__list-lead">{lead}</p>}
      <ul className="program__list">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * The program as the announcement presents it: why scheduling AI work matters, what Volcano is,
 * the community in numbers (dated), what members get and who should join, then how to join.
 */
export function ProgramSection({ showLinks = true }: { showLinks?: boolean }) {
  const { tx } = useTexts('program');
  // The review view shows this section once per language: ids must not repeat.
  const headingId = useId();
  const statsId = useId();
  return (
    <section className="program" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <KeepWords>{tx('heading')}</KeepWords>
      </h2>
      <p className="program__lead">{tx('lead')}</p>
      <p className="program__intro">{tx('intro')}</p>

      <div className="program__stats-heading">
        <h3 id={statsId}>{tx('statsHeading')}</h3>
        <p className="program__as-of">{tx('statsAsOf')}</p>
      </div>
      <dl className="program__stats" aria-labelledby={statsId}>
        {COMMUNITY_STATS.map((id) => (
          <div key={id} className="program__stat">
            <dt>{tx(`stats.${id}`)}</dt>
            <dd>{tx(`stats.${id}Value`)}</dd>
          </div>
        ))}
      </dl>

      <div className="program__columns">
        <div>
          <TitledList heading={tx('capabilitiesHeading')} items={CAPABILITIES.map((id) => tx(`capabilities.${id}`))} />
          <h3>{tx('sectorsHeading')}</h3>
          <p>{tx('sectors')}</p>
        </div>
        <div>
          <TitledList heading={tx('benefitsHeading')} items={BENEFITS.map((id) => tx(`benefits.${id}`))} />
          <TitledList
            heading={tx('requirementsHeading')}
            lead={tx('requirementsLead')}
            items={REQUIREMENTS.map((id) => tx(`requirements.${id}`))}
          />
        </div>
      </div>

      <ProgramJoin showLinks={showLinks} />
    </section>
  );
}
