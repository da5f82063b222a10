import type { i18n as I18n } from 'i18next';
import { Suspense, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/features/language/i18n';
import { nativeNameOf } from '@/features/language/locales';
import type { PartnerData } from '@/features/partners/schema';
import { CommunitySection } from '@/features/program/community-section';
import { ProgramSection } from '@/features/program/program-section';
import { useTexts } from '@/shared/hooks/use-texts';
import { updateUrl } from '@/shared/hooks/use-url-state';
import { htmlLangOf } from '@/shared/lib/html-lang';
import { ComparePartner } from './compare-partner';
import { CompareTexts, INTERFACE_NAMESPACES } from './compare-texts';

const ALL_NAMESPACES = ['common', 'partners', 'program', 'community', 'kiosk'];
import './compare-view.css';

/**
 * ?compare=zh,en: the same content in several languages side by side, for translators and
 * reviewers. Each column renders the ordinary components under its own i18next instance, so
 * what is reviewed is exactly what visitors see; rows line up one testimonial across languages.
 */
export function CompareView({ languages, data }: { languages: readonly string[]; data: PartnerData | undefined }) {
  const { tx } = useTexts();
  const key = languages.join(',');
  // One instance per column, made once per list of languages; the page keeps its own language.
  // Every namespace at once: the review covers them all.
  const columns = useMemo(
    () =>
      key.split(',').map((lng) => {
        const { i18n, ready } = createI18n(lng, { document: false, namespaces: ALL_NAMESPACES });
        return { lng, i18n, ready };
      }),
    [key],
  );
  return (
    <div className="page compare">
      <header className="compare__header">
        <h1>{tx('compare.heading')}</h1>
        <p>{tx('compare.intro')}</p>
        <a
          href={exitHref()}
          onClick={(event) => {
            event.preventDefault();
            updateUrl({ compare: null });
          }}
        >
          {tx('compare.exit')}
        </a>
      </header>
      <main id="main" className="compare__main">
        <div className="compare__row compare__row--names">
          {columns.map(({ lng }) => (
            <p key={lng} lang={htmlLangOf(lng)} className="compare__language">
              {nativeNameOf(lng)} <span className="compare__code">{lng}</span>
            </p>
          ))}
        </div>
        <h2>{tx('compare.partnersRow')}</h2>
        {data?.partners.map((partner) => (
          <Row key={partner.id} columns={columns}>
            {() => <ComparePartner partner={partner} />}
          </Row>
        ))}
        <h2>{tx('compare.programRow')}</h2>
        {data && <Row columns={columns}>{() => <CommunitySection {...data.community} />}</Row>}
        <Row columns={columns}>{() => <ProgramSection showLinks={false} />}</Row>
        {INTERFACE_NAMESPACES.map((ns) => (
          <CompareTexts
            key={ns}
            columns={columns}
            ns={ns}
            caption={<h2>{ns === 'kiosk' ? tx('compare.kioskRow') : tx('compare.interfaceRow')}</h2>}
            keyLabel={tx('compare.keyColumn')}
            fallbackNote={(lng) => tx('compare.fallback', { language: nativeNameOf(lng) })}
          />
        ))}
      </main>
    </div>
  );
}

interface ColumnInstance {
  lng: string;
  i18n: I18n;
}

/** The same content once per language, in line. */
function Row({ columns, children }: { columns: readonly ColumnInstance[]; children: () => ReactNode }) {
  return (
    <div className="compare__row">
      {columns.map((column) => (
        <Column key={column.lng} {...column}>
          {children()}
        </Column>
      ))}
    </div>
  );
}

/** One language's cell: its own i18n instance, marked with its language for screen readers and fonts. */
function Column({ lng, i18n, children }: ColumnInstance & { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={<div className="compare__cell skeleton skeleton--block" />}>
        <div className="compare__cell" lang={htmlLangOf(lng)}>
          {/* Stacked on a phone, each cell says its language; side by side, the sticky row does. */}
          <p className="compare__cell-language">{nativeNameOf(lng)}</p>
          {children}
        </div>
      </Suspense>
    </I18nextProvider>
  );
}

function exitHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('compare');
  return url.pathname + url.search + url.hash;
}
