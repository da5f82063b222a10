import { useId } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** The visitor is about to search: what the search needs can start loading before the first keystroke. */
  onFocus?: () => void;
}

export function SearchBox({ value, onChange, onFocus }: SearchBoxProps) {
  const { t, tx } = useTexts();
  const id = useId();
  const hintId = useId();
  return (
    <div className="search-box">
      <label htmlFor={id} className="visually-hidden-on-phone">
        {tx('filter.searchLabel')}
      </label>
      <input
        className="pill-control"
        id={id}
        type="search"
        value={value}
        placeholder={t('filter.searchPlaceholder')}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onFocus={onFocus}
        onChange={(event) => onChange(event.target.value)}
      />
      {/* The placeholder says it in short; read in full with the box, and shown when a search finds nothing. */}
      <p id={hintId} className="visually-hidden">
        {tx('filter.searchHint')}
      </p>
    </div>
  );
}
