import { useTexts } from '@/shared/hooks/use-texts';
import { lazyPart } from '@/shared/ui/lazy-part';
import { RetryNotice } from '@/shared/ui/retry-notice';
import type { PartnerText } from '@/features/partners/hooks/use-partner-text';
import type { Partner } from '@/features/partners/schema';
import { PartnerCard } from './partner-card';
import './partner-card.css';

/**
 * Up to this many partners every card is in the document, so find-in-page and printing see them
 * all (the program has 12; at 100, a filter toggle or a keystroke paints in 25-40 ms). Past it the
 * list renders only what is near the window. Whole, 2,000 partners took a 30 MB heap and 45,000
 * DOM nodes, and 10,000 took 121 MB and 224,000 nodes, with keystrokes of up to 2 s while the
 * cards were still mounting (npm run bench).
 */
export const WHOLE_LIST_LIMIT = 100;

/**
 * Cards shown while the long list's code downloads: more than a large screen holds. Inert until
 * then: the list replaces them, and a card focused in the meantime would lose the focus with them.
 */
const FIRST_CARDS = 12;

// Only a long list needs the virtualiser: its code is not part of a visitor's download.
const VirtualPartnerGrid = lazyPart(() => import('./virtual-partner-grid').then((module) => module.VirtualPartnerGrid));

interface PartnerGridProps {
  partners: readonly Partner[];
  /** How many partners there are in all: what decides between the whole list and a window of it. */
  total: number;
  textOf: (partner: Partner) => PartnerText;
  onOpen: (partner: Partner) => void;
}

function CardGrid({ partners, textOf, onOpen, inert = false }: Omit<PartnerGridProps, 'total'> & { inert?: boolean }) {
  return (
    <div className="partner-grid" inert={inert}>
      {partners.map((partner) => (
        <PartnerCard key={partner.id} partner={partner} text={textOf(partner)} onOpen={onOpen} />
      ))}
    </div>
  );
}

export function PartnerGrid({ partners, total, textOf, onOpen }: PartnerGridProps) {
  const { t } = useTexts();
  if (partners.length === 0) return null;
  if (total <= WHOLE_LIST_LIMIT) return <CardGrid partners={partners} textOf={textOf} onOpen={onOpen} />;
  const firstCards = partners.slice(0, FIRST_CARDS);
  return (
    <VirtualPartnerGrid
      partners={partners}
      textOf={textOf}
      onOpen={onOpen}
      loading={<CardGrid partners={firstCards} textOf={textOf} onOpen={onOpen} inert />}
      failed={(retry) => (
        <>
          <CardGrid partners={firstCards} textOf={textOf} onOpen={onOpen} />
          <RetryNotice message={t('error.part')} retryLabel={t('error.retry')} onRetry={retry} />
        </>
      )}
    />
  );
}
