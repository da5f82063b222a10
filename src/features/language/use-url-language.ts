import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from '@/shared/hooks/use-url-state';
import { languageFromUrl } from './language';

/** ?lng= drives i18next: a switch, back/forward or an edited URL all change the language in place. */
export function useUrlLanguage(): void {
  const target = languageFromUrl(useSearchParams());
  const { i18n } = useTranslation();
  useEffect(() => {
    if (target && target !== i18n.language) void i18n.changeLanguage(target);
  }, [target, i18n]);
}
