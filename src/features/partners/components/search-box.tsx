import { useId } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';

export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t, tx } = useTexts();
  const id = useId();
  const hintId = useId();
  return (
    <div className="search-box">
      <label htmlFor={id}>{tx('filter.searchLabel')}</label>
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
        onChange={(event) => onChange(event.target.value)}
      />
      {/* What the search looks through, for screen readers: the placeholder says it in brief. */}
      <p id={hintId} className="visually-hidden">
        {tx('filter.searchHint')}
      </p>
    </div>
  );
}
