/**
 * Each prerendered page names the page it is, in a JSON data block (never run): the client
 * adopts it instead of deciding again what the address is (issue #16). Pure: no React, no DOM.
 */
import type { PageRef } from '../lib/addresses.ts';

/** The id of the data block in each page. */
export const PAGE_DESCRIPTOR_ID = 'sahifa-page';

/** The data block for a page: `<` is escaped, so no content can close the element. */
export function pageDescriptorHtml(page: PageRef): string {
  const json = JSON.stringify(page).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PAGE_DESCRIPTOR_ID}">${json}</script>`;
}

function field(value: object, name: string): unknown {
  return Object.hasOwn(value, name) ? Reflect.get(value, name) : undefined;
}

/** The page a data block names, or null when it is missing or not one of ours. */
export function parsePageDescriptor(json: string | null | undefined): PageRef | null {
  let value: unknown;
  try {
    value = JSON.parse(json ?? 'null');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const kind = field(value, 'kind');
  const text = (name: string) => {
    const found = field(value, name);
    return typeof found === 'string' ? found : null;
  };
  const number = (name: string) => {
    const found = field(value, name);
    return typeof found === 'number' && Number.isSafeInteger(found) && found >= 1 ? found : null;
  };
  switch (kind) {
    case 'list':
    case 'tags': {
      const page = number('page');
      return page === null ? null : { kind, page };
    }
    case 'article': {
      const slug = text('slug');
      return slug === null ? null : { kind, slug };
    }
    case 'share': {
      const slug = text('slug');
      const blockId = text('blockId');
      return slug === null || blockId === null ? null : { kind, slug, blockId };
    }
    case 'tag': {
      const label = text('label');
      const page = number('page');
      return label === null || page === null ? null : { kind, label, page };
    }
    case 'search':
    case 'not-found':
      return { kind };
    default:
      return null;
  }
}
