import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startRuntime } from './app/boot';
import { initialLanguage, initialNamespaces, isKioskLaunch } from './app/initial-language';
import { Providers } from './app/providers';
import { createQueryClient, preloadData } from './app/query-client';
import { Root } from './app/root';
import { createI18n } from './features/language/i18n';
import './shared/ui/base.css';

const kiosk = isKioskLaunch();
const { i18n } = createI18n(initialLanguage(kiosk), { namespaces: initialNamespaces(kiosk) });
const queryClient = createQueryClient();
preloadData(queryClient);

createRoot(document.getElementById('root')!, startRuntime({ kiosk, i18n })).render(
  <StrictMode>
    <Providers i18n={i18n} queryClient={queryClient}>
      <Root />
    </Providers>
  </StrictMode>,
);
