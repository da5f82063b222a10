/**
 * react-dom's client, started from this module's own tiny chunk (see the chunk groups in
 * vite.config.ts): the stacks React's first Error objects capture then hold a few bytes of script
 * besides react-dom, not the whole app chunk.
 */
export { createRoot, hydrateRoot } from 'react-dom/client';
export type { RootOptions } from 'react-dom/client';
