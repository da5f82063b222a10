import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

// Built exactly like the app (same target, same React plugin, same precompression) so that the
// ratios compare the app's code with the bare stack, not two different build setups.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), compression({ algorithms: ['gzip', 'brotliCompress'] })],
  build: { target: 'es2022', emptyOutDir: true },
});
