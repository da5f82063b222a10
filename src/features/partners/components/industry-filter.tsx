import { useTexts } from '@/shared/hooks/use-texts';
import { INDUSTRIES, type IndustryId } from '@/features/partners/industries';
import './industry-filter.css';

interface IndustryFilterProps {
  /** Industries that at least one partner has, in taxonomy order. */
  industries: readonly IndustryId[];
  selection: readonly IndustryId[];
  /** How many partners each industry would show, given the search. */
  counts: ReadonlyMap<IndustryId, number>;
  onToggle: (industry: IndustryId) => void;
  onClear: () => void;
}

/**
 * One toggle per industry. A toggle that would give no results is disabled rather than hidden,
 * so the row never reflows under a finger; a pressed toggle always stays usable.
 */
export function IndustryFilter({ industries, selection, counts, onToggle, onClear }: IndustryFilterProps) {
  const { tx } = useTexts();
  const shown = INDUSTRIES.filter((industry) => industries.includes(industry) || selection.includes(industry));
  return (
    <fieldset className="industry-filter">
      <legend className="industry-filter__legend">{tx('filter.heading')}</legend>
      <div className="industry-filter__toggles">
        {shown.map((industry) => {
          const pressed = selection.includes(industry);
          const count = counts.get(industry) ?? 0;
          return (
            <button
              key={industry}
              type="button"
              className="pill-control chip"
              aria-pressed={pressed}
              disabled={!pressed && count === 0}
              onClick={() => onToggle(industry)}
            >
              {/* The space makes the accessible name "AI 4", not "AI4"; the flex layout ignores it. */}
              <span>{tx(`industry.${industry}`)}</span> <span className="chip__count">{count}</span>
            </button>
          );
        })}
        <button type="button" className="button button--quiet industry-filter__clear" disabled={selection.length === 0} onClick={onClear}>
          {tx('filter.clear')}
        </button>
      </div>
    </fieldset>
  );
}
