/**
 * Portfolios of Dutch ministers and state secretaries, current and recent, with the ministries'
 * abbreviations. Offices are `Minister|Staatssecretaris (van|voor) PORTFOLIO`; the longest
 * portfolio wins ("Binnenlandse Zaken en Koninkrijksrelaties" over "Binnenlandse Zaken").
 * Abbreviations are accepted only in explicit patterns ("de minister van BZK", "Ministerie van
 * BZ"): "AZ" is also Azerbaijan's code and "Fin" a word.
 */

/** One portfolio: its name as printed and the ministry's abbreviations. */
export interface Portfolio {
  name: string;
  abbreviations: readonly string[];
  /** True when the portfolio has a ministry of its own ("Ministerie van …"). */
  ministry: boolean;
}

/** Every portfolio Kantlijn knows, ministries first. */
export const PORTFOLIOS: readonly Portfolio[] = [
  { name: 'Algemene Zaken', abbreviations: ['AZ'], ministry: true },
  { name: 'Buitenlandse Zaken', abbreviations: ['BZ', 'BuZa'], ministry: true },
  { name: 'Binnenlandse Zaken en Koninkrijksrelaties', abbreviations: ['BZK'], ministry: true },
  { name: 'Binnenlandse Zaken', abbreviations: [], ministry: false },
  { name: 'Economische Zaken en Klimaat', abbreviations: ['EZK'], ministry: true },
  { name: 'Economische Zaken', abbreviations: ['EZ'], ministry: true },
  { name: 'Klimaat en Groene Groei', abbreviations: ['KGG'], ministry: true },
  { name: 'Financiën', abbreviations: ['Fin'], ministry: true },
  { name: 'Defensie', abbreviations: ['Def'], ministry: true },
  { name: 'Justitie en Veiligheid', abbreviations: ['JenV', 'JenV', 'J&V'], ministry: true },
  { name: 'Veiligheid en Justitie', abbreviations: ['VenJ'], ministry: true },
  { name: 'Onderwijs, Cultuur en Wetenschap', abbreviations: ['OCW'], ministry: true },
  { name: 'Volksgezondheid, Welzijn en Sport', abbreviations: ['VWS'], ministry: true },
  { name: 'Sociale Zaken en Werkgelegenheid', abbreviations: ['SZW'], ministry: true },
  { name: 'Infrastructuur en Waterstaat', abbreviations: ['IenW', 'I&W'], ministry: true },
  { name: 'Infrastructuur en Milieu', abbreviations: ['IenM'], ministry: true },
  { name: 'Landbouw, Natuur en Voedselkwaliteit', abbreviations: ['LNV'], ministry: true },
  { name: 'Landbouw, Visserij, Voedselzekerheid en Natuur', abbreviations: ['LVVN'], ministry: true },
  { name: 'Volkshuisvesting en Ruimtelijke Ordening', abbreviations: ['VRO'], ministry: true },
  { name: 'Asiel en Migratie', abbreviations: ['AenM'], ministry: true },
  { name: 'Buitenlandse Handel en Ontwikkelingssamenwerking', abbreviations: ['BHO', 'BHOS'], ministry: false },
  { name: 'Buitenlandse Handel en Ontwikkelingshulp', abbreviations: ['BHO'], ministry: false },
  { name: 'Ontwikkelingssamenwerking', abbreviations: [], ministry: false },
  { name: 'Europese Zaken', abbreviations: [], ministry: false },
  { name: 'Rechtsbescherming', abbreviations: [], ministry: false },
  { name: 'Medische Zorg en Sport', abbreviations: [], ministry: false },
  { name: 'Medische Zorg', abbreviations: [], ministry: false },
  { name: 'Langdurige Zorg en Sport', abbreviations: [], ministry: false },
  { name: 'Jeugd, Preventie en Sport', abbreviations: [], ministry: false },
  { name: 'Klimaat en Energie', abbreviations: [], ministry: false },
  { name: 'Klimaat', abbreviations: [], ministry: false },
  { name: 'Primair en Voortgezet Onderwijs', abbreviations: [], ministry: false },
  { name: 'Primair en Voortgezet Onderwijs en Media', abbreviations: [], ministry: false },
  { name: 'Basis- en Voortgezet Onderwijs en Media', abbreviations: [], ministry: false },
  { name: 'Armoedebeleid, Participatie en Pensioenen', abbreviations: [], ministry: false },
  { name: 'Natuur en Stikstof', abbreviations: [], ministry: false },
  { name: 'Wonen en Ruimtelijke Ordening', abbreviations: [], ministry: false },
  { name: 'Koninkrijksrelaties en Digitalisering', abbreviations: [], ministry: false },
  { name: 'Herstel Groningen', abbreviations: [], ministry: false },
  { name: 'Fiscaliteit en Belastingdienst', abbreviations: [], ministry: false },
  { name: 'Toeslagen en Douane', abbreviations: [], ministry: false },
  { name: 'Mijnbouw', abbreviations: [], ministry: false },
  { name: 'Cultuur en Media', abbreviations: [], ministry: false },
  { name: 'Migratie', abbreviations: [], ministry: false },
];
