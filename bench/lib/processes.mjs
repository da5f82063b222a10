import { spawn } from 'node:child_process';
import { sleep } from './stats.mjs';

/** Runs a command to completion, failing loudly with its output when it fails. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output}`)),
    );
  });
}

/**
 * Serves a build with sirv, which sends the precompressed .br/.gz files beside each asset (the
 * same bytes a production server with gzip_static/brotli_static sends).
 */
async function answers(url) {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export async function serveStatic(dir, port) {
  const url = `http://127.0.0.1:${port}/`;
  // A leftover server on the port would be measured instead of this build.
  if (await answers(url)) throw new Error(`port ${port} is already in use; set BENCH_PORT to another range`);
  const child = spawn('node_modules/.bin/sirv', [dir, '--single', '--etag', '--quiet', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => child.exitCode === null && child.kill();
  // Never leave a server behind, even when a measurement throws.
  process.once('exit', stop);
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`sirv for ${dir} exited with ${child.exitCode} (port ${port} in use?)`);
    if (await answers(url)) break;
    if (Date.now() > deadline) throw new Error(`sirv for ${dir} did not answer on ${url}`);
    await sleep(100);
  }
  return { url, stop };
}
