import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParam } from '@/shared/hooks/use-url-state';
import { isUrlOnlyLanguage, matchLanguage } from './detect-language';
import { switchLanguage } from './i18n';

/** ?lng= drives i18next: a switch, back/forward or an edited URL all change the language in place. */
export function useUrlLanguage(): void {
  const [lng] = useUrlParam('lng');
  const { i18n } = useTranslation();
  useEffect(() => {
    const target = isUrlOnlyLanguage(lng) ? lng : matchLanguage(lng);
    if (target && target !== i18n.language) void switchLanguage(i18n, target);
  }, [lng, i18n]);
}
