import { useTexts } from '@/shared/hooks/use-texts';
import { JOIN_SECTION_ID } from '@/features/program/program-facts';

/** The last tile of the list: the next organisation could be the visitor's. Links to how to join. */
export function JoinTile() {
  const { tx } = useTexts();
  return (
    <div className="join-tile">
      <p className="join-tile__heading">{tx('partners.nextHeading')}</p>
      <p className="join-tile__body">{tx('partners.nextBody')}</p>
      <a className="button join-tile__link" href={`#${JOIN_SECTION_ID}`}>
        {tx('header.join')}
      </a>
    </div>
  );
}
