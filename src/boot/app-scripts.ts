/**
 * The app's module scripts, listed in each built page as a JSON data block that the boot script
 * loads after first paint (decision 0007). Pure: shared by the build, the boot script and the
 * budget check.
 */

export const APP_SCRIPTS_ID = 'app-scripts';

export type AppScripts = { readonly module: string; readonly preload: readonly string[] };

/** The data block for a page: `<` is escaped, so that no URL could close the element. */
export function appScriptsHtml(scripts: AppScripts): string {
  return `<script type="application/json" id="${APP_SCRIPTS_ID}">${JSON.stringify(scripts).replace(/</g, '\\u003c')}</script>`;
}

/** The list in a page's data block, or null when it is missing or malformed. */
export function parseAppScripts(json: string | null | undefined): AppScripts | null {
  try {
    const value: unknown = JSON.parse(json ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const module: unknown = Reflect.get(value, 'module');
    const preload: unknown = Reflect.get(value, 'preload');
    if (typeof module !== 'string' || !Array.isArray(preload) || !preload.every((url) => typeof url === 'string')) return null;
    return { module, preload: preload.filter((url): url is string => typeof url === 'string') };
  } catch {
    return null;
  }
}
