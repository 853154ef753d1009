/**
 * What a hashtag is made of after its `#`, as the contents of a regular expression's character
 * class (flag `u`): twitter-text's hashtagAlphaNumeric, that is letters, marks, decimal digits,
 * `_`, ZWNJ/ZWJ and a few script-specific joiners (Hebrew maqaf and gershayim, Japanese marks,
 * Tibetan tsheg, the Catalan middle dot of «#il·lusió»). The extractor (hashtags.ts) and a tag's
 * address (addresses.ts) read it here, so every tag found has a page.
 */
export const HASHTAG_LETTERS = '\\p{L}\\p{M}\\p{Nd}_\\u200c\\u200d\\ua67e\\u05be\\u05f3\\u05f4\\uff5e\\u301c\\u309b\\u309c\\u30a0\\u30fb\\u3003\\u0f0b\\u0f0c\\u00b7';
