/** The shape of the loaded list, so nothing moves when the data arrives. */
export function PartnersSkeleton({ cards = 6, label = '' }: { cards?: number; label?: string }) {
  return (
    <div className="partners-skeleton" role="status" aria-busy="true">
      {label && <span className="visually-hidden">{label}</span>}
      <div className="skeleton skeleton--filter" aria-hidden="true" />
      <div className="partner-grid" aria-hidden="true">
        {Array.from({ length: cards }, (_, index) => (
          <div key={index} className={index === 0 ? 'partner-card partner-card--featured skeleton-card' : 'partner-card skeleton-card'}>
            <div className="skeleton skeleton--logo" />
            <div className="skeleton skeleton--line skeleton--short" />
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--block" />
          </div>
        ))}
      </div>
    </div>
  );
}
