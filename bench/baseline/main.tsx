/**
 * The benchmark baseline: the showcase's runtime stack (React, react-dom, i18next, react-i18next,
 * TanStack Query) doing the least a real page does with it: one translated heading and one query.
 * It also has the controls the benchmark uses (a language switch, one filter toggle and a search
 * box), so every figure in the table exists for both apps; the list is plain <li> names, the floor
 * of what rendering and searching the same number of records costs with this stack.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';

interface Item {
  id: string;
  name: string;
  industries: string[];
}

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: navigator.language.startsWith('zh') ? 'zh' : 'en',
  resources: {
    en: { common: { heading: 'Baseline', toggle: 'AI only', search: 'Search', count: '{{count}} items' } },
    zh: { common: { heading: '基线', toggle: '只看 AI', search: '搜索', count: '{{count}} 项' } },
  },
  defaultNS: 'common',
  interpolation: { escapeValue: false },
});

const queryClient = new QueryClient();

function Page() {
  // The same mark as the app's (src/app/root.tsx): the first screen is interactive.
  useEffect(() => void performance.mark('interactive'), []);
  const { t } = useTranslation();
  const [aiOnly, setAiOnly] = useState(false);
  const [query, setQuery] = useState('');
  const data = useQuery({
    queryKey: ['data'],
    queryFn: async () => (await fetch('data.json')).json() as Promise<{ items: Item[] }>,
  });
  const needle = query.trim().toLowerCase();
  const items = (data.data?.items ?? []).filter(
    (item) => (!aiOnly || item.industries.includes('ai')) && item.name.toLowerCase().includes(needle),
  );
  return (
    <main>
      <h1>{t('heading')}</h1>
      <button type="button" lang="zh-CN" onClick={() => void i18n.changeLanguage('zh')}>
        中文
      </button>
      <button type="button" lang="en" onClick={() => void i18n.changeLanguage('en')}>
        English
      </button>
      <button type="button" className="toggle" aria-pressed={aiOnly} onClick={() => setAiOnly(!aiOnly)}>
        {t('toggle')}
      </button>
      <input type="search" aria-label={t('search')} value={query} onChange={(event) => setQuery(event.target.value)} />
      <p role="status">{data.data ? t('count', { count: items.length }) : ''}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.name}</li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <Page />
      </I18nextProvider>
    </QueryClientProvider>
  </StrictMode>,
);
