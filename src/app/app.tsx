import { memo, useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { parseCompareLanguages } from '@/features/language/compare-languages';
import { LanguageNotice } from '@/features/language/language-notice';
import { useUrlLanguage } from '@/features/language/use-url-language';
import { LoadError } from '@/features/partners/components/load-error';
import { PartnersSkeleton } from '@/features/partners/components/partners-skeleton';
import { usePartners } from '@/features/partners/hooks/use-partners';
import type { PartnerText } from '@/features/partners/hooks/use-partner-text';
import type { Partner } from '@/features/partners/schema';
import { useUrlParam } from '@/shared/hooks/use-url-state';
import { lazyPart, usePartCode } from '@/shared/ui/lazy-part';
import { KeepWords } from '@/shared/ui/keep-words';
import { RetryNotice } from '@/shared/ui/retry-notice';
import { AppSkeleton } from './app-skeleton';
import { LaterSections } from './later-sections';
import { SiteHeader } from './site-header';

// The review view (?compare=zh,en) is for translators: its own chunk, never in a visitor's download.
const CompareView = lazyPart(() => import('./compare-view').then((module) => module.CompareView));

// The list's code (filter, search, cards, the detail's opener) downloads once the first screen is
// interactive, beside the data it shows, not as part of the first screen's download: initial JS
// went from 113.1 to ~105 kB gzip. The list renders when both are in, in one pass, in place of the
// skeleton and without a shift. Rendered before its code, it showed a second skeleton, and React
// held the list back for up to 300 ms after that (its throttle on revealing a Suspense boundary):
// the first testimonial at 10,000 partners came 190-400 ms after everything was in (npm run bench).
const PartnerListPart = lazyPart(() => import('./partner-list').then((module) => module.PartnerList));
// Memoised, with stable props: the page re-renders as its query, texts and later sections settle,
// and the list (every card) need not follow unless what it shows changed.
const PartnerList = memo(PartnerListPart);
// Neither takes props: the page's own re-renders (the data arriving, its request's status) pass them by.
const Header = memo(SiteHeader);
const Notice = memo(LanguageNotice);

interface AppProps {
  /** How a partner's website is offered; the kiosk shows a QR code instead of a link that leaves. */
  renderWebsite?: (partner: Partner, text: PartnerText) => ReactNode;
  /** False in the kiosk: the program section offers its QR code only. */
  showLinks?: boolean;
}

/**
 * The web showcase. Sections below the list appear with the data (or its error), never before,
 * so nothing on screen moves when the data arrives; their code and texts load once the first
 * screen is interactive. The kiosk's browse view is this same page.
 */
export function App({ renderWebsite, showLinks = true }: AppProps = {}) {
  const { t, tx } = useTexts(['common', 'partners']);
  useUrlLanguage();
  const partners = usePartners();
  const compare = parseCompareLanguages(useUrlParam('compare')[0]);
  // The build prerendered the page without the list, and hydration must render it so: it does, as
  // the list's code is only requested once the page is interactive (no flag flipped after hydration,
  // which would re-render the whole page in one task).
  const listCode = usePartCode(PartnerListPart, !compare);
  // Deferred: the list renders in slices when the data and its code are in, not in one long task.
  const data = useDeferredValue(listCode ? partners.data : undefined);
  const pending = useDeferredValue(!listCode || partners.isPending);
  // The footer follows the sections below the list, so it never jumps down when they arrive.
  const [laterShown, setLaterShown] = useState(false);
  const listLoading = useMemo(() => <PartnersSkeleton label={t('app.loading')} />, [t]);
  const listFailed = useCallback(
    (retry: () => void) => <RetryNotice message={tx('error.part')} retryLabel={t('error.retry')} onRetry={retry} />,
    [t, tx],
  );
  if (compare) {
    return (
      <CompareView
        languages={compare}
        data={partners.data}
        loading={<AppSkeleton />}
        failed={(retry) => (
          <main id="main" className="site-main">
            <RetryNotice message={t('error.part')} retryLabel={t('error.retry')} onRetry={retry} />
          </main>
        )}
      />
    );
  }
  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {tx('app.skipToContent')}
      </a>
      <Header />
      <main id="main" className="site-main" tabIndex={-1}>
        <Notice />
        <section className="partners" aria-labelledby="partners-heading">
          <h2 id="partners-heading">
            <KeepWords>{tx('partners.heading')}</KeepWords>
          </h2>
          <p className="partners__lead">{tx('partners.lead')}</p>
          {/* Data first: a background refresh that fails keeps the list it already shows. */}
          {data ? (
            <PartnerList partners={data.partners} renderWebsite={renderWebsite} loading={listLoading} failed={listFailed} />
          ) : !pending && partners.isError ? (
            <LoadError error={partners.error} onRetry={() => void partners.refetch()} retrying={partners.isFetching} />
          ) : (
            listLoading
          )}
        </section>
        {!pending && <LaterSections community={data?.community} showLinks={showLinks} onShown={setLaterShown} />}
      </main>
      {laterShown && (
        <footer className="site-footer">
          <p>{tx('footer.note')}</p>
          {/* True while any partner still shows its name tile instead of an official logo. */}
          {data?.partners.some((partner) => partner.logo === null) && <p>{tx('footer.logos')}</p>}
          <p>{tx('footer.logoCredit')}</p>
        </footer>
      )}
    </div>
  );
}
