import type { DigitStyle } from '../lib/format.ts';

/**
 * Text with numbers in it, rendered in both digit styles: the stylesheet shows the one the
 * reader chose (html[data-digits], set before first paint), so static HTML never flashes the
 * wrong digits. Text without digits renders once.
 */
export function Digits({ children }: { children: (digits: DigitStyle) => string }) {
  const arab = children('arab');
  const latn = children('latn');
  if (arab === latn) return arab;
  return (
    <>
      <span data-digits-variant="arab">{arab}</span>
      <span data-digits-variant="latn">{latn}</span>
    </>
  );
}
