/**
 * Water boards (waterschappen, hoogheemraadschappen, wetterskip) that existed from 1995 to 2026,
 * by the full name they used. Aliases are given only where they name that board and nothing else:
 * an abbreviation the board uses (HHNK, HHSK, HDSR, AGV, WSHD, WDODelta) or its name without the
 * word "Waterschap"/"Hoogheemraadschap" when that phrase is not also a river or region ("Vallei en
 * Veluwe" yes; "Rijnland", "Rivierenland", "De Dommel", "Limburg" no).
 *
 * Sources:
 * - The 21 boards existing since 2018: the Unie van Waterschappen list as reproduced on
 *   http://www.ontwikkelfonds.nl/waterschappen/ and
 *   https://nl.m.wikipedia.org/wiki/Lijst_van_Nederlandse_waterschappen (state of 1 August 2018;
 *   no board was merged or formed since, as of 2026).
 * - The 27 boards of about 2010 (Blija Buitendijks, Groot Salland, Peel en Maasvallei, Reest en
 *   Wieden, Regge en Dinkel, Roer en Overmaas, Vallei en Eem, Velt en Vecht, Veluwe,
 *   Zeeuws-Vlaanderen, Zeeuwse Eilanden, and the current ones):
 *   https://www.geolution.nl/atlas/de-nederlandse-waterschappen-en/
 * - Boards merged away in 2003-2005 into Hollands Noorderkwartier, Schieland en de Krimpenerwaard,
 *   Hollandse Delta, Aa en Maas and Wetterskip Fryslân: compiled by hand.
 *
 * Left out (not found in a source at hand): the many small and "inliggende" waterschappen, polders
 * and zuiveringsschappen that still existed between 1995 and 2005 besides the ones listed, and the
 * boards in Brabant, Gelderland and Utrecht merged into Brabantse Delta, Rivierenland, Rijn en
 * IJssel and De Stichtse Rijnlanden before 2005.
 */

/** Water boards 1995-2026 with the other names that identify them. */
export const WATER_BOARDS: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Hoogheemraadschap De Stichtse Rijnlanden', aliases: ['HDSR', 'Hoogheemraadschap Stichtse Rijnlanden'] },
  { name: 'Hoogheemraadschap Hollands Noorderkwartier', aliases: ['HHNK'] },
  { name: 'Hoogheemraadschap Uitwaterende Sluizen in Hollands Noorderkwartier', aliases: [] },
  { name: 'Hoogheemraadschap van de Krimpenerwaard', aliases: [] },
  { name: 'Hoogheemraadschap van Delfland', aliases: ['Hoogheemraadschap Delfland'] },
  { name: 'Hoogheemraadschap van Rijnland', aliases: ['Hoogheemraadschap Rijnland'] },
  { name: 'Hoogheemraadschap van Schieland', aliases: [] },
  { name: 'Hoogheemraadschap van Schieland en de Krimpenerwaard', aliases: ['HHSK', 'Hoogheemraadschap Schieland en de Krimpenerwaard'] },
  { name: 'Waterschap Aa en Maas', aliases: [] },
  { name: 'Waterschap Amstel, Gooi en Vecht', aliases: ['AGV', 'Hoogheemraadschap Amstel, Gooi en Vecht'] },
  { name: 'Waterschap Blija Buitendijks', aliases: [] },
  { name: 'Waterschap Brabantse Delta', aliases: [] },
  { name: 'Waterschap De Brielse Dijkring', aliases: [] },
  { name: 'Waterschap De Dommel', aliases: [] },
  { name: 'Waterschap De Maaskant', aliases: [] },
  { name: 'Waterschap Drents Overijsselse Delta', aliases: ['WDODelta', 'Drents Overijsselse Delta'] },
  { name: 'Waterschap Friesland', aliases: [] },
  { name: 'Waterschap Goeree-Overflakkee', aliases: [] },
  { name: 'Waterschap Groot Salland', aliases: [] },
  { name: 'Waterschap Groot-Geestmerambacht', aliases: [] },
  { name: 'Waterschap Hoeksche Waard', aliases: [] },
  { name: 'Waterschap Hollandse Delta', aliases: ['WSHD'] },
  { name: "Waterschap Hunze en Aa's", aliases: ["Hunze en Aa's"] },
  { name: 'Waterschap IJsselmonde', aliases: [] },
  { name: 'Waterschap Limburg', aliases: [] },
  { name: 'Waterschap Noorderzijlvest', aliases: ['Noorderzijlvest'] },
  { name: 'Waterschap Peel en Maasvallei', aliases: [] },
  { name: 'Waterschap Reest en Wieden', aliases: [] },
  { name: 'Waterschap Regge en Dinkel', aliases: [] },
  { name: 'Waterschap Rijn en IJssel', aliases: [] },
  { name: 'Waterschap Rivierenland', aliases: [] },
  { name: 'Waterschap Roer en Overmaas', aliases: [] },
  { name: 'Waterschap Scheldestromen', aliases: ['Scheldestromen'] },
  { name: 'Waterschap Vallei en Eem', aliases: [] },
  { name: 'Waterschap Vallei en Veluwe', aliases: ['Vallei en Veluwe'] },
  { name: 'Waterschap Vechtstromen', aliases: ['Vechtstromen'] },
  { name: 'Waterschap Velt en Vecht', aliases: [] },
  { name: 'Waterschap Veluwe', aliases: [] },
  { name: 'Waterschap Westfriesland', aliases: [] },
  { name: 'Waterschap Zeeuws-Vlaanderen', aliases: [] },
  { name: 'Waterschap Zeeuwse Eilanden', aliases: [] },
  { name: 'Waterschap Zuiderzeeland', aliases: [] },
  { name: 'Wetterskip Fryslân', aliases: ['Wetterskip Fryslan'] },
  { name: 'Zuiveringsschap Hollandse Eilanden en Waarden', aliases: [] },
];
