/**
 * `npm run dev`: the page data the production build writes as files (src/app/page-data.ts) is
 * worked out from the articles on each request for /data/…, and the boot script is served as a
 * module; the icons the build draws are drawn on request. Articles are read and validated again whenever one changes: an invalid one shows its
 * file, JSON path and reason in the terminal, as the build does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildSite, type Site } from '../../src/app/site.ts';
import { readArticles } from '../../src/content/read-articles.ts';
import { articleDirs } from '../lib/content-dirs.ts';
import { dataPathOf, tagLabelPathOf } from '../../src/lib/addresses.ts';
import { drawIco, drawIcon, ICO_FILE, ICONS, withManifestIcons } from '../lib/icons.ts';
import { TEMPLATE_MARKERS } from '../lib/page-html.ts';

function readSite(root: string): Site {
  return buildSite(readArticles(articleDirs(root)), 'dev');
}

export function devDataPlugin(): Plugin {
  let site: Site | null = null;
  let root = '';
  let publicDir = '';
  return {
    name: 'sahifa:dev-data',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    configureServer(server: ViteDevServer) {
      const dirs = articleDirs(root);
      server.watcher.add(dirs);
      server.watcher.on('all', (_event, file) => {
        if (dirs.some((dir) => file.startsWith(dir))) {
          site = null;
          server.ws.send({ type: 'full-reload' });
        }
      });
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const icon = ICONS.find(({ file }) => path === `/${file}`);
        if (icon !== undefined || path === `/${ICO_FILE}`) {
          (icon === undefined ? drawIco() : drawIcon(icon.size)).then(
            (bytes) => {
              response.setHeader('Content-Type', icon === undefined ? 'image/x-icon' : 'image/png');
              response.end(bytes);
            },
            (error: unknown) => next(error),
          );
          return;
        }
        if (path === '/manifest.webmanifest') {
          response.setHeader('Content-Type', 'application/manifest+json');
          response.end(withManifestIcons(readFileSync(join(publicDir, 'manifest.webmanifest'), 'utf8')));
          return;
        }
        if (!path.startsWith('/data/')) return next();
        try {
          site ??= readSite(root);
          for (const { page, data } of site.pages()) {
            if (data !== null && dataPathOf(page) === path) {
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.end(JSON.stringify(data));
              return;
            }
          }
          for (const [key, label] of site.tagLabels) {
            if (tagLabelPathOf(key) === path) {
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.end(JSON.stringify({ label }));
              return;
            }
          }
          response.statusCode = 404;
          response.end();
        } catch (error) {
          server.config.logger.error(error instanceof Error ? error.message : String(error));
          response.statusCode = 500;
          response.end();
        }
      });
    },
    // No CSP in development (Vite injects styles and its client inline); the boot script as a module.
    transformIndexHtml: (html) => html.replace(TEMPLATE_MARKERS.boot, () => '<script type="module" src="/src/boot/boot.ts"></script>'),
  };
}
