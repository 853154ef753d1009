import { Fragment, type ReactNode } from 'react';

/** Before a `#`: where a line may end between hashtags. */
const TAG_BREAK = /(?=#)/u;

/**
 * Text with a line-break opportunity (<wbr>) before each `#`. Hashtags glued together
 * («#بالدير_محيناها#اسود_الديرالزور») are one word to the line breaker, which on a narrow
 * screen at a large size would then cut a word in the middle; they now break between tags. Not
 * after a tag's `_`: a short tag would be split where it fits whole on the next line. `#` joins
 * no letter, so no letter changes shape.
 *
 * `wrap` puts the text in an element of its own (a tag's link, a mark): a text that starts with
 * `#` may follow a tag glued before it, and its break then goes before the element, never inside
 * it, where a line would end on the element's empty start (a sliver of its outline and
 * background) and the next begin without its edge.
 */
export function TagBreaks({ text, wrap = (inner) => inner }: { text: string; wrap?: (inner: ReactNode) => ReactNode }): ReactNode {
  const parts = text.split(TAG_BREAK);
  const inner =
    parts.length === 1
      ? text
      : parts.map((part, index) => (
          <Fragment key={index}>
            {index > 0 && <wbr />}
            {part}
          </Fragment>
        ));
  return text.startsWith('#') ? (
    <>
      <wbr />
      {wrap(inner)}
    </>
  ) : (
    wrap(inner)
  );
}
