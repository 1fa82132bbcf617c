/**
 * Dutch ministries that existed at any time since 1945, each by its portfolio name as it follows
 * "Ministerie van" (and "Minister van"), with the years that name was in use and the
 * abbreviations official texts print for it.
 *
 * Years: `from` is the year the ministry got this name (for a ministry older than its name the
 * name's year, not the department's: Verkeer en Waterstaat 1947, though the department dates
 * from 1877); `until` is the year it lost the name, `null` while it is current. A name used in
 * two separate periods has one entry spanning both; the gap is noted on the entry.
 *
 * Sources, as of mid-2025 (written in December 2026, but from knowledge and sources that
 * mostly run to mid-2025: changes after that, such as those following the October 2025
 * Tweede Kamer elections, are not covered unless noted):
 * - Written from knowledge of the Dutch departmental history, then checked against
 *   Parlement.com (PDC): "Ministerie van Verkeer en Waterstaat (VW)" (VenW name 1947, ended
 *   14 October 2010), "Ministerie van Maatschappelijk Werk" (1952–1965, then CRM),
 *   "Ministerie van Onderwijs en Wetenschappen" (1965–1994, then "Onderwijs, Cultuur en
 *   Wetenschappen"), "Ministerie van Onderwijs, Kunsten en Wetenschappen" (1918–1965),
 *   "Ministerie van Openbare Werken en Wederopbouw" (renamed Wederopbouw en Volkshuisvesting in
 *   1947), "Ministeries voor overzeese gebiedsdelen" (Koloniën 1842–1945, Overzeese
 *   Gebiedsdelen 1945–1949, Uniezaken en Overzeese Rijksdelen 1949–1953, Overzeese Rijksdelen
 *   1953–1957, Zaken Overzee 1957–1959), "Ministerie van Binnenlandse Zaken, Bezitsvorming en
 *   Publiekrechtelijke Bedrijfsorganisatie" (kabinet-Drees IV until 1959).
 * - The ministries of the Schermerhorn–Drees cabinet (1945–1946: Verkeer en Energie, Marine,
 *   Scheepvaart, Openbare Werken en Wederopbouw, Handel en Nijverheid, Landbouw, Visserij en
 *   Voedselvoorziening, Overzeese Gebiedsdelen) checked against the cabinet's member list
 *   (German Wikipedia, "Kabinett Schermerhorn/Drees").
 * - The 2024 ministries (Klimaat en Groene Groei; Landbouw, Visserij, Voedselzekerheid en
 *   Natuur; Volkshuisvesting en Ruimtelijke Ordening; Asiel en Migratie) from the
 *   kabinet-Schoof, 2 July 2024.
 *
 * Left out: ministries of the London government-in-exile that ended before 1945 (Handel,
 * Nijverheid en Scheepvaart; Scheepvaart en Visserij); the "Kabinet voor Nederlands-
 * Antilliaanse (en Arubaanse) Zaken", which was no ministry (see portfolios-history.ts);
 * abbreviations never printed in official texts.
 */

/** One ministry name and the years it was used. */
export interface Ministry {
  name: string;
  from: number;
  until: number | null;
  abbreviations: readonly string[];
}

/** Every Dutch ministry since 1945, current ones last within each line of succession. */
export const MINISTRIES: readonly Ministry[] = [
  // Algemene Zaken
  { name: 'Algemene Oorlogvoering van het Koninkrijk', from: 1942, until: 1947, abbreviations: ['AOK'] },
  { name: 'Algemene Zaken', from: 1937, until: null, abbreviations: ['AZ'] },

  // Buitenlandse Zaken
  { name: 'Buitenlandse Zaken', from: 1798, until: null, abbreviations: ['BZ', 'BuZa'] },

  // Justitie
  { name: 'Justitie', from: 1798, until: 2010, abbreviations: [] },
  { name: 'Veiligheid en Justitie', from: 2010, until: 2017, abbreviations: ['VenJ', 'V&J'] },
  { name: 'Justitie en Veiligheid', from: 2017, until: null, abbreviations: ['JenV', 'J&V'] },

  // Binnenlandse Zaken
  { name: 'Binnenlandse Zaken', from: 1798, until: 1998, abbreviations: ['BiZa'] },
  { name: 'Binnenlandse Zaken, Bezitsvorming en Publiekrechtelijke Bedrijfsorganisatie', from: 1956, until: 1959, abbreviations: [] },
  { name: 'Binnenlandse Zaken en Koninkrijksrelaties', from: 1998, until: null, abbreviations: ['BZK'] },

  // Overzeese gebiedsdelen (abolished 1959)
  { name: 'Koloniën', from: 1842, until: 1945, abbreviations: [] },
  { name: 'Overzeese Gebiedsdelen', from: 1945, until: 1949, abbreviations: [] },
  { name: 'Uniezaken en Overzeese Rijksdelen', from: 1949, until: 1953, abbreviations: [] },
  { name: 'Overzeese Rijksdelen', from: 1953, until: 1957, abbreviations: [] },
  { name: 'Zaken Overzee', from: 1957, until: 1959, abbreviations: [] },

  // Onderwijs
  { name: 'Onderwijs, Kunsten en Wetenschappen', from: 1918, until: 1965, abbreviations: ['OKW', 'OK&W', 'OKenW'] },
  { name: 'Onderwijs en Wetenschappen', from: 1965, until: 1994, abbreviations: ['O&W', 'OenW'] },
  // The name read "Wetenschappen" from 1994; "Wetenschap" is the current spelling. The year of
  // the change was not found, so both carry 1994–today.
  { name: 'Onderwijs, Cultuur en Wetenschappen', from: 1994, until: null, abbreviations: ['OCenW', 'OC&W'] },
  { name: 'Onderwijs, Cultuur en Wetenschap', from: 1994, until: null, abbreviations: ['OCW'] },

  // Financiën
  { name: 'Financiën', from: 1798, until: null, abbreviations: ['Fin'] },

  // Defensie
  { name: 'Oorlog', from: 1813, until: 1959, abbreviations: [] },
  { name: 'Marine', from: 1813, until: 1959, abbreviations: [] },
  // Also 1928–1941, when Oorlog and Marine were first merged.
  { name: 'Defensie', from: 1928, until: null, abbreviations: ['Def'] },

  // Verkeer, waterstaat, infrastructuur
  { name: 'Waterstaat', from: 1906, until: 1945, abbreviations: [] },
  { name: 'Verkeer en Energie', from: 1945, until: 1947, abbreviations: [] },
  { name: 'Verkeer en Waterstaat', from: 1947, until: 2010, abbreviations: ['VenW', 'V&W'] },
  { name: 'Infrastructuur en Milieu', from: 2010, until: 2017, abbreviations: ['IenM', 'I&M'] },
  { name: 'Infrastructuur en Waterstaat', from: 2017, until: null, abbreviations: ['IenW', 'I&W'] },

  // Openbare werken, wederopbouw, volkshuisvesting
  { name: 'Openbare Werken en Wederopbouw', from: 1945, until: 1947, abbreviations: [] },
  { name: 'Wederopbouw en Volkshuisvesting', from: 1947, until: 1956, abbreviations: [] },
  { name: 'Volkshuisvesting en Bouwnijverheid', from: 1956, until: 1965, abbreviations: [] },
  // 1965–1982, and again since 2 July 2024.
  { name: 'Volkshuisvesting en Ruimtelijke Ordening', from: 1965, until: null, abbreviations: ['VRO'] },
  { name: 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer', from: 1982, until: 2010, abbreviations: ['VROM'] },

  // Economische Zaken
  { name: 'Handel en Nijverheid', from: 1945, until: 1946, abbreviations: [] },
  { name: 'Scheepvaart', from: 1945, until: 1946, abbreviations: [] },
  // 1946–2010, 2012–2017 and again since 2 July 2024, when EZK was split into Economische
  // Zaken and Klimaat en Groene Groei.
  { name: 'Economische Zaken', from: 1946, until: null, abbreviations: ['EZ'] },
  { name: 'Economische Zaken, Landbouw en Innovatie', from: 2010, until: 2012, abbreviations: ['EL&I', 'ELenI'] },
  { name: 'Economische Zaken en Klimaat', from: 2017, until: 2024, abbreviations: ['EZK'] },
  { name: 'Klimaat en Groene Groei', from: 2024, until: null, abbreviations: ['KGG'] },

  // Landbouw
  { name: 'Landbouw, Visserij en Voedselvoorziening', from: 1945, until: 1959, abbreviations: [] },
  { name: 'Landbouw en Visserij', from: 1959, until: 1989, abbreviations: ['LenV', 'L&V'] },
  { name: 'Landbouw, Natuurbeheer en Visserij', from: 1989, until: 2003, abbreviations: ['LNV'] },
  // 2003–2010 and 2017–2024.
  { name: 'Landbouw, Natuur en Voedselkwaliteit', from: 2003, until: 2024, abbreviations: ['LNV'] },
  { name: 'Landbouw, Visserij, Voedselzekerheid en Natuur', from: 2024, until: null, abbreviations: ['LVVN'] },

  // Sociale Zaken
  // 1933–1951 and 1971–1981.
  { name: 'Sociale Zaken', from: 1933, until: 1981, abbreviations: ['SZ'] },
  { name: 'Sociale Zaken en Volksgezondheid', from: 1951, until: 1971, abbreviations: [] },
  { name: 'Sociale Zaken en Werkgelegenheid', from: 1981, until: null, abbreviations: ['SZW'] },

  // Volksgezondheid, welzijn, cultuur
  { name: 'Maatschappelijk Werk', from: 1952, until: 1965, abbreviations: [] },
  { name: 'Cultuur, Recreatie en Maatschappelijk Werk', from: 1965, until: 1982, abbreviations: ['CRM'] },
  { name: 'Volksgezondheid en Milieuhygiëne', from: 1971, until: 1982, abbreviations: ['VoMil'] },
  { name: 'Welzijn, Volksgezondheid en Cultuur', from: 1982, until: 1994, abbreviations: ['WVC'] },
  { name: 'Volksgezondheid, Welzijn en Sport', from: 1994, until: null, abbreviations: ['VWS'] },

  // Asiel en Migratie
  { name: 'Asiel en Migratie', from: 2024, until: null, abbreviations: ['AenM', 'A&M'] },
];
