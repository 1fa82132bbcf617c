/**
 * ALL-CAPS titles back to the way the site writes offices: "MINISTER VAN BUITENLANDSE ZAKEN" →
 * "Minister van Buitenlandse Zaken". Dutch keeps prepositions, articles and "en" in lower case.
 */
const LOWER = new Set([
  'van',
  'voor',
  'en',
  'de',
  'der',
  'den',
  'het',
  'op',
  'in',
  'te',
  'ten',
  'ter',
  'tot',
  'met',
  'bij',
  'aan',
  'over',
  'of',
  "'t",
  "'s",
  'een',
  'inzake',
  'om',
  'uit',
  'na',
  'door',
  'tegen',
]);

/** Title-cases an ALL-CAPS phrase; mixed-case input is returned unchanged. */
export function dutchTitleCase(phrase: string): string {
  if (phrase !== phrase.toUpperCase()) return phrase;
  let first = true;
  return phrase.replace(/[\p{L}'’]+/gu, (word) => {
    const lower = word.toLowerCase();
    const keepLower = !first && LOWER.has(lower);
    first = false;
    return keepLower ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}
