import { tagLabelPathOf } from '../lib/addresses.ts';

/**
 * The label of the site's page for the tag whose matching key is `label`'s («الارهاب» and
 * «#الإرهاب» both name «الإرهاب»), or null when the site has none: the build writes one small
 * file per tag (tagLabelPathOf). Asked by the not-found page (a tag's address typed in another
 * form) and by the search (a query that is a hashtag).
 */
export async function tagPageLabel(label: string): Promise<string | null> {
  try {
    const response = await fetch(tagLabelPathOf(label));
    const named: unknown = response.ok ? await response.json() : null;
    const found: unknown = typeof named === 'object' && named !== null ? Reflect.get(named, 'label') : null;
    return typeof found === 'string' ? found : null;
  } catch {
    return null;
  }
}
