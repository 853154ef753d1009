/**
 * Arabic counted nouns follow six plural categories (zero, one, two, few, many, other);
 * Intl.PluralRules('ar') picks the category, the caller supplies the phrases.
 */
import { formatNumber, type DigitStyle } from './format.ts';

export type PluralForms = Readonly<Record<Intl.LDMLPluralRule, (count: string) => string>>;

const rules = new Intl.PluralRules('ar');

/** `pluralize(3, forms, 'arab')` → forms.few('٣'). */
export function pluralize(count: number, forms: PluralForms, digits: DigitStyle): string {
  return forms[rules.select(count)](formatNumber(count, digits));
}
