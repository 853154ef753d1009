/**
 * Serves a built site (dist/ by default) on localhost, as a static host would (scripts/lib/static-server.ts).
 * Usage: node --import tsx scripts/serve.ts [--port 4173] [--dir dist]
 * Stops, with its server, on SIGINT or SIGTERM.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createSiteServer } from './lib/static-server.ts';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const root = resolve(new URL('..', import.meta.url).pathname, flag('--dir') ?? 'dist');
const port = Number(flag('--port') ?? process.env.PORT ?? 4173);

if (!existsSync(join(root, '404.html'))) {
  console.error(`${root} has no build: run \`npm run build\` first.`);
  process.exit(1);
}

const server = createSiteServer({ root });
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`Sahifa is served on http://localhost:${typeof address === 'object' && address ? address.port : port} (from ${root})`);
});
server.on('error', (error) => {
  console.error(`Cannot serve on port ${port}: ${error.message}`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
