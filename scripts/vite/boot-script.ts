/**
 * src/boot.js, the one classic script of every page (it runs in the head before first paint),
 * served as /boot.js: as written by the dev server, minified in the build (every reader
 * downloads it before the page can paint, so its comments must not come along).
 */
import { readFileSync } from 'node:fs';
import { minify, type Plugin } from 'vite';

const SOURCE = new URL('../../src/boot.js', import.meta.url).pathname;
const URL_PATH = '/boot.js';

export function bootScriptPlugin(): Plugin {
  return {
    name: 'sahifa:boot-script',
    configureServer(server) {
      server.middlewares.use(URL_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(readFileSync(SOURCE, 'utf8'));
      });
    },
    async generateBundle() {
      if (this.environment.config.build.ssr) return;
      const { code, errors } = await minify('boot.js', readFileSync(SOURCE, 'utf8'), { compress: true, mangle: true });
      if (errors.length > 0) this.error(`src/boot.js: ${errors.map((error) => error.message).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: URL_PATH.slice(1), source: code });
    },
  };
}
