import { useTranslation } from 'react-i18next';
import type { PartnerText } from '../hooks/use-partner-text';
import type { Partner } from '../schema';
import { PartnerCard } from './partner-card';
import './partner-card.css';

interface PartnerGridProps {
  partners: readonly Partner[];
  textOf: (partner: Partner) => PartnerText;
  onOpen: (partner: Partner) => void;
}

export function PartnerGrid({ partners, textOf, onOpen }: PartnerGridProps) {
  const { t } = useTranslation();
  if (partners.length === 0) {
    return (
      <div className="partner-grid__empty">
        <p>{t('filter.noResults')}</p>
        <p>{t('filter.noResultsHint')}</p>
      </div>
    );
  }
  return (
    <div className="partner-grid">
      {partners.map((partner) => (
        <PartnerCard key={partner.id} partner={partner} text={textOf(partner)} onOpen={onOpen} />
      ))}
    </div>
  );
}
