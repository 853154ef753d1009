import { createContext, useContext } from 'react';
import { formatArabicDate, type DigitStyle, type MonthStyle } from '../lib/format.ts';

/** How the months are named on this page: the article's region (its `dateStyle`). */
export const MonthStyleContext = createContext<MonthStyle>('standard');

/** The phrase with the date kept on one line («… في ٣ تشرين الثاني/نوفمبر ٢٠١٧.»). */
function Phrase({ date, phrase, digits }: { date: string; phrase: string; digits?: DigitStyle }) {
  const at = phrase.indexOf(date);
  const content =
    at < 0 ? (
      phrase
    ) : (
      <>
        {phrase.slice(0, at)}
        <span className="nowrap">{date}</span>
        {phrase.slice(at + date.length)}
      </>
    );
  return digits ? <span data-digits-variant={digits}>{content}</span> : content;
}

/**
 * A calendar date in both digit styles (the stylesheet shows the reader's, decision 3) and the
 * article's month names; `children` puts it in a phrase («التاريخ المرجَّح: …»). The date itself
 * never breaks across lines.
 */
export function DateText({ iso, children = (date) => date }: { iso: string; children?: (date: string) => string }) {
  const monthStyle = useContext(MonthStyleContext);
  const arab = formatArabicDate(iso, 'arab', monthStyle);
  const latn = formatArabicDate(iso, 'latn', monthStyle);
  return (
    <>
      <Phrase date={arab} phrase={children(arab)} digits="arab" />
      <Phrase date={latn} phrase={children(latn)} digits="latn" />
    </>
  );
}
