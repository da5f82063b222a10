import { useTexts } from '@/shared/hooks/use-texts';
import type { IndustryId } from '@/features/partners/industries';

export function IndustryTags({ industries }: { industries: readonly IndustryId[] }) {
  const { t, tx } = useTexts();
  if (industries.length === 0) return null;
  return (
    <ul className="industry-tags" aria-label={t('partners.industries')}>
      {industries.map((industry) => (
        <li key={industry}>{tx(`industry.${industry}`)}</li>
      ))}
    </ul>
  );
}
