/**
 * react-i18next imports useSyncExternalStore from the use-sync-external-store shim, which exists
 * for React 17 and older; React 18 and later have it built in. vite.config.ts resolves the shim to
 * this module, so the page ships React's own hook instead of the shim's fallback implementation.
 */
export { useSyncExternalStore } from 'react';
