import { Fragment, type ReactNode } from 'react';

/** Before a `#`: where a line may end between hashtags. */
const TAG_BREAK = /(?=#)/u;

/**
 * Text with a line-break opportunity (<wbr>) before each `#`. Hashtags glued together
 * («#بالدير_محيناها#اسود_الديرالزور») are one word to the line breaker, which on a narrow
 * screen at a large size would then cut a word in the middle; they now break between tags. Not
 * after a tag's `_`: a short tag would be split where it fits whole on the next line. `#` joins
 * no letter, so no letter changes shape.
 */
export function TagBreaks({ text }: { text: string }): ReactNode {
  const parts = text.split(TAG_BREAK);
  // A text that starts with `#` (a tag's link) may follow a tag glued before it.
  const leading = text.startsWith('#');
  if (parts.length === 1 && !leading) return text;
  return parts.map((part, index) => (
    <Fragment key={index}>
      {(index > 0 || leading) && <wbr />}
      {part}
    </Fragment>
  ));
}
