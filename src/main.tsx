import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { createQueryClient, preloadData } from './app/query-client';
import { detectLanguage } from './features/language/detect-language';
import { createI18n } from './features/language/i18n';
import './shared/ui/base.css';

const { i18n } = createI18n(detectLanguage());
const queryClient = createQueryClient();
preloadData(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers i18n={i18n} queryClient={queryClient}>
      <App />
    </Providers>
  </StrictMode>,
);
