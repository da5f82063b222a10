import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Exits with a plain message when `dist` holds no build (the screenshot scripts build nothing). */
export function requireBuild(dist) {
  if (existsSync(resolve(dist, 'index.html'))) return;
  console.error(`No build in ${dist}/: run "npm run build" first (or set E2E_DIST).`);
  process.exit(1);
}

/** Serves `dist` with sirv (SPA fallback) on 127.0.0.1:`port`; resolves once it answers. Kill the returned process to stop it. */
export async function startStaticServer(dist, port) {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(resolve('node_modules/.bin/sirv'), [dist, '--single', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`sirv exited with ${server.exitCode}; is port ${port} free?`);
    const ok = await globalThis.fetch(origin).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return server;
    await sleep(100);
  }
  server.kill();
  throw new Error(`sirv did not answer on ${origin}`);
}
