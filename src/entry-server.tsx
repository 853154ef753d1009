/**
 * Prerendering entry (built by Vite for Node, run by scripts/prerender.ts): renders one page of
 * the site to static HTML, from the same data the browser will hydrate it with.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { App } from './app/app.tsx';
import { forgetPageData, primePageData } from './app/load-page-data.ts';
import type { PageData } from './app/page-data.ts';
import { describePage, type PageMeta } from './app/page-meta.ts';
import { dataPathOf, pathOf, type PageRef } from './lib/addresses.ts';

export type PrerenderedPage = { readonly html: string; readonly meta: PageMeta };

/** The path the not-found page is rendered at; the browser adopts it at whatever path it is served. */
const NOT_FOUND_PATH = '/404';

export async function renderPage(page: PageRef, data: PageData | null): Promise<PrerenderedPage> {
  const dataPath = dataPathOf(page);
  if (dataPath !== null) primePageData(dataPath, data);
  const path = pathOf(page) ?? NOT_FOUND_PATH;
  try {
    // prerender (not renderToString) waits for anything that suspends. An infinite chunk size
    // keeps every Suspense boundary inline: React would otherwise move large ones to the end of
    // the document behind an inline script, which the Content-Security-Policy (rightly) blocks.
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <StaticRouter location={path}>
          <App initial={{ page, path }} />
        </StaticRouter>
      </StrictMode>,
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    let html = '';
    for await (const chunk of prelude) html += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return { html, meta: describePage(page, data) };
  } finally {
    if (dataPath !== null) forgetPageData(dataPath);
  }
}
