import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
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
import { CONTACT_EMAIL, JOIN_URL } from '@/features/program/program-facts';
import { useTexts } from '@/shared/hooks/use-texts';
import { updateUrl, useSearchParams } from '@/shared/hooks/use-url-state';
import { webDeepLink } from '@/shared/lib/site-url';
import { App } from './app';
import { AppSkeleton } from './app-skeleton';
import { toKioskItems } from './kiosk-items';
import { applyUpdate } from './service-worker';

/** Nobody is there to press Retry: a kiosk asks again for a data file that failed. */
const RETRY_MS = 30_000;
/** The join slide takes the program's own address and contact, as the web page's program section does. */
const JOIN = { url: JOIN_URL, email: CONTACT_EMAIL };

/** The kiosk, composed: partner data and texts in, the web page (with QR codes for links) as its browse view. */
export function KioskApp() {
  const { t, tx, i18n } = useTexts(['common', 'partners', 'kiosk']);
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
  // In the detail the whole testimonial is on screen: its code is for taking it away (and the
  // partner's website, one tap further on the phone), not for reading on.
  const renderWebsite = useCallback(
    (partner: Partner, text: PartnerText) => (
      <KioskQr
        value={webDeepLink({ partner: partner.id, lng })}
        label={partner.website ? t('kiosk:websiteQrLabel', { name: text.name.text }) : t('kiosk:qrLabel', { name: text.name.text })}
        caption={tx('kiosk:scanKeep')}
      />
    ),
    [lng, t, tx],
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
      join={JOIN}
      homeLanguage={homeLanguage}
      renderLogo={(item) => <PartnerLogo src={logos.get(item.id) ?? null} name={item.name.text} size="large" />}
      renderLanguageSwitch={() => <LanguageSwitch />}
      // The web page as it is, minus the search box (hidden by kiosk.css: a booth has no keyboard).
      renderBrowse={() => <App renderWebsite={renderWebsite} showLinks={false} />}
      onOpenItem={(id) => updateUrl({ partner: id }, { history: 'push' })}
      onIdleReset={onIdleReset}
    />
  );
}
