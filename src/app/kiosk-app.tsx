import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveHomeLanguage } from '@/features/kiosk/kiosk-launch';
import { KioskQr } from '@/features/kiosk/kiosk-qr';
import { KioskShell } from '@/features/kiosk/kiosk-shell';
import { languageFromUrl } from '@/features/language/language';
import { LanguageSwitch } from '@/features/language/language-switch';
import { SOURCE_LANGUAGE } from '@/features/language/locales';
import { useUrlLanguage } from '@/features/language/use-url-language';
import { partnersQueryOptions } from '@/features/partners/api/partners-query';
import { LoadError } from '@/features/partners/components/load-error';
import { PartnerLogo } from '@/features/partners/components/partner-logo';
import { usePartners } from '@/features/partners/hooks/use-partners';
import { usePartnerText } from '@/features/partners/hooks/use-partner-text';
import type { PartnerText } from '@/features/partners/hooks/use-partner-text';
import type { Partner } from '@/features/partners/schema';
import { updateUrl, useSearchParams } from '@/shared/hooks/use-url-state';
import { webDeepLink } from '@/shared/lib/site-url';
import { App } from './app';
import { AppSkeleton } from './app-skeleton';
import { toKioskItems } from './kiosk-items';
import { applyUpdate } from './service-worker';

/** Nobody is there to press Retry: a kiosk asks again for a data file that failed. */
const RETRY_MS = 30_000;

/** The kiosk, composed: partner data and texts in, the web page (with QR codes for links) as its browse view. */
export function KioskApp() {
  const { t, i18n } = useTranslation(['common', 'partners', 'kiosk']);
  useUrlLanguage();
  const params = useSearchParams();
  const [homeLanguage] = useState(() => resolveHomeLanguage(languageFromUrl(params) ?? SOURCE_LANGUAGE));
  const partners = usePartners({ retryEveryMs: RETRY_MS });
  const textOf = usePartnerText();
  const queryClient = useQueryClient();
  const lng = i18n.resolvedLanguage ?? homeLanguage;
  const list = partners.data?.partners;
  const items = useMemo(() => toKioskItems(list ?? [], textOf, lng), [list, textOf, lng]);
  const logos = useMemo(() => new Map((list ?? []).map((partner) => [partner.id, partner.logo])), [list]);

  const onIdleReset = useCallback(() => {
    // A waiting version brings its own data; otherwise refresh data older than its staleTime.
    if (!applyUpdate()) void queryClient.refetchQueries({ queryKey: partnersQueryOptions().queryKey, stale: true });
  }, [queryClient]);
  const renderWebsite = useCallback(
    (partner: Partner, text: PartnerText) => (
      <KioskQr value={webDeepLink({ partner: partner.id, lng })} label={t('kiosk:websiteQrLabel', { name: text.name.text })} />
    ),
    [lng, t],
  );

  if (partners.isPending) return <AppSkeleton />;
  if (partners.isError) {
    return (
      <main className="kiosk-fatal">
        <LoadError error={partners.error} onRetry={() => void partners.refetch()} retrying={partners.isFetching} />
      </main>
    );
  }
  return (
    <KioskShell
      items={items}
      homeLanguage={homeLanguage}
      renderLogo={(item) => <PartnerLogo src={logos.get(item.id) ?? null} name={item.name.text} size="large" />}
      renderLanguageSwitch={() => <LanguageSwitch />}
      renderBrowse={() => <App renderWebsite={renderWebsite} showLinks={false} />}
      onOpenItem={(id) => updateUrl({ partner: id }, { history: 'push' })}
      onIdleReset={onIdleReset}
    />
  );
}
