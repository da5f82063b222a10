import { useTranslation } from 'react-i18next';
import type { IndustryId } from '@/features/partners/industries';

export function IndustryTags({ industries }: { industries: readonly IndustryId[] }) {
  const { t } = useTranslation();
  if (industries.length === 0) return null;
  return (
    <ul className="industry-tags" aria-label={t('partners.industries')}>
      {industries.map((industry) => (
        <li key={industry}>{t(`industry.${industry}`)}</li>
      ))}
    </ul>
  );
}
