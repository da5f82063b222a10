import { useId, useMemo, useState } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { numberFormatter } from '@/shared/lib/format-number';
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
 * so the row never reflows under a finger; a pressed toggle always stays usable. On a phone the
 * toggles sit behind a "Filters" button that says how many are on: nine of them would fill the
 * first screen before a single testimonial. Whether it is open is not part of the URL: the
 * selection is, and a shared link opens on the testimonials.
 */
export function IndustryFilter({ industries, selection, counts, onToggle, onClear }: IndustryFilterProps) {
  const { tx, i18n } = useTexts();
  const formatCount = useMemo(() => numberFormatter(i18n.language), [i18n.language]);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const shown = INDUSTRIES.filter((industry) => industries.includes(industry) || selection.includes(industry));
  return (
    <fieldset className={open ? 'industry-filter industry-filter--open' : 'industry-filter'}>
      <legend className="industry-filter__legend visually-hidden-on-phone">{tx('filter.heading')}</legend>
      <button
        type="button"
        className="button button--quiet industry-filter__disclosure"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span>{tx('filter.toggle')}</span>
        {selection.length > 0 && <span className="industry-filter__active">{tx('filter.active', { count: selection.length })}</span>}
      </button>
      <div id={panelId} className="industry-filter__toggles">
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
              <span>{tx(`industry.${industry}`)}</span> <span className="chip__count">{formatCount(count)}</span>
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
