/**
 * A share page's one script (inlined, allowed by its CSP hash): the reader's stored theme before
 * the first paint, so the moment before the article arrives is in it (scripts/lib/page-html.ts).
 */
import { applySettings } from './apply-settings.ts';

applySettings(document.documentElement);
