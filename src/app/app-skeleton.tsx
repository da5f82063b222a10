import { PartnersSkeleton } from '@/features/partners/components/partners-skeleton';

/** Shown while the first language loads: the page's shape, no text yet. */
export function AppSkeleton() {
  return (
    <div className="page">
      <header className="site-header" aria-hidden="true">
        <div className="site-header__inner">
          <div className="skeleton skeleton--line skeleton--short" />
          <div className="skeleton skeleton--title" />
          <div className="skeleton skeleton--line" />
        </div>
      </header>
      <main className="site-main">
        <PartnersSkeleton />
      </main>
    </div>
  );
}
