import { useTexts } from '@/shared/hooks/use-texts';
import type { PartnerText } from '@/features/partners/hooks/use-partner-text';
import { useRenderedCards } from '@/features/partners/hooks/use-rendered-cards';
import type { Partner } from '@/features/partners/schema';
import { PartnerCard } from './partner-card';
import './partner-card.css';

interface PartnerGridProps {
  partners: readonly Partner[];
  textOf: (partner: Partner) => PartnerText;
  onOpen: (partner: Partner) => void;
  /** Every partner, in order, of which `partners` is a selection. */
  all?: readonly Partner[];
  /** Changes when `partners` is a different selection (filter, search), not a new language. */
  listKey?: string;
}

export function PartnerGrid({ partners, textOf, onOpen, all = partners, listKey = '' }: PartnerGridProps) {
  const { tx } = useTexts();
  const { items, hidden } = useRenderedCards(partners, all, listKey);
  return (
    <>
      {partners.length === 0 && (
        <div className="partner-grid__empty">
          <p>{tx('filter.noResults')}</p>
          <p>{tx('filter.noResultsHint')}</p>
        </div>
      )}
      {/* Rendered even when empty of visible cards while hidden ones wait to be unmounted. */}
      {items.length > 0 && (
        <div className="partner-grid">
          {items.map((partner) => (
            <PartnerCard key={partner.id} partner={partner} text={textOf(partner)} onOpen={onOpen} hidden={hidden.has(partner.id)} />
          ))}
        </div>
      )}
    </>
  );
}
