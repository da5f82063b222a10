import { useId } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';

export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t, tx } = useTexts();
  const id = useId();
  return (
    <div className="search-box">
      <label htmlFor={id}>{tx('filter.searchLabel')}</label>
      <input
        className="pill-control"
        id={id}
        type="search"
        value={value}
        placeholder={t('filter.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
