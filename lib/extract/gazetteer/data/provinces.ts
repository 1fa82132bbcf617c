/**
 * The twelve provinces of the Netherlands by their official names (Fryslân since 1997), with the
 * other names Dutch texts use for them. Compiled by hand; as of 2026. Left out: "Holland" (a
 * region, see geography.ts) and the abbreviations (NH, ZH, NB), which are too short to match
 * safely.
 */

/** The twelve provinces with their other names. */
export const PROVINCES: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Drenthe', aliases: [] },
  { name: 'Flevoland', aliases: [] },
  { name: 'Fryslân', aliases: ['Friesland', 'Fryslan'] },
  { name: 'Gelderland', aliases: [] },
  { name: 'Groningen', aliases: [] },
  { name: 'Limburg', aliases: [] },
  { name: 'Noord-Brabant', aliases: ['Brabant'] },
  { name: 'Noord-Holland', aliases: [] },
  { name: 'Overijssel', aliases: [] },
  { name: 'Utrecht', aliases: [] },
  { name: 'Zeeland', aliases: [] },
  { name: 'Zuid-Holland', aliases: [] },
];
