/**
 * Portfolios named in Dutch office titles since 1945 that are not the name of a ministry
 * (those are in ministries.ts): the tasks of ministers without portfolio ("Minister voor
 * Ontwikkelingssamenwerking", "Minister voor Jeugd en Gezin") and the named portfolios of state
 * secretaries as printed after their office ("Staatssecretaris van Financiën – Toeslagen en
 * Douane", "Staatssecretaris voor Europese Zaken"). Years are those in which the portfolio
 * appeared in an office title; `until: null` while it still does.
 *
 * Sources, as of mid-2025 (written in December 2026, but from knowledge and sources that
 * mostly run to mid-2025: changes after that, such as those following the October 2025
 * Tweede Kamer elections, are not covered unless noted):
 * - Written from knowledge of the cabinets since 1945 (the compositions published by
 *   Parlement.com and Rijksoverheid.nl), and checked where a source was found:
 *   Parlement.com "Ministeries voor overzeese gebiedsdelen" (Kabinet voor Surinaamse en
 *   Nederlands-Antilliaanse zaken 1972–1975, Nederlands-Antilliaanse zaken 1975–1986,
 *   Nederlands-Antilliaanse en Arubaanse zaken 1986–1998; a minister charged with these affairs
 *   1959–1998); Parlement.com biography of F.H.P. Trip ("minister zonder portefeuille, belast
 *   met wetenschapsbeleid", 1973–1977); Wikipedia "Minister for Foreign Trade and Development
 *   Cooperation" (first holder Bot, 14 April 1965, as minister for aid to developing
 *   countries; "Ontwikkelingssamenwerking" until 2012, then Buitenlandse Handel en
 *   Ontwikkelingssamenwerking); Dutch Wikipedia "Minister voor Immigratie, Integratie en Asiel"
 *   (Vreemdelingenzaken en Integratie from 2002; Integratie, Jeugdbescherming, Preventie en
 *   Reclassering from December 2006; Immigratie en Asiel from 2010).
 * - The portfolios of the kabinetten Rutte III, Rutte IV and Schoof from their published
 *   compositions (Rijksoverheid.nl), from knowledge; checked against news reports: Van
 *   Veldhoven "minister voor Milieu en Wonen" while Ollongren was absent (November 2019 to
 *   2020; architectenweb.nl, 4 November 2019); the Rutte IV state secretaries (Koninkrijksrelaties
 *   en Digitalisering, Toeslagen en Douane, Mijnbouw, Cultuur en Media; NOS, Volkskrant,
 *   nieuws.nl, December 2021–January 2022); the Schoof portfolios Digitalisering en
 *   Koninkrijksrelaties and Herstel Groningen (BZK notice of June 2025). Participatie en
 *   Integratie, Openbaar Vervoer en Milieu, Herstel Toeslagen and Primair en Voortgezet
 *   Onderwijs en Emancipatie (2024) are from knowledge only.
 *
 * Years of state secretaries' portfolios are approximate (a portfolio often outlived the
 * wording). Left out: portfolios given only in prose ("belast met …") and never printed after
 * an office; portfolios of the London government before 1945; "Wonen en Ruimtelijke Ordening"
 * and "Klimaat" (in portfolios.ts, but no office with that title was found).
 */

/** One portfolio name and the years it appeared in office titles. */
export interface HistoricPortfolio {
  name: string;
  from: number;
  until: number | null;
}

/** Portfolios that are not ministries, in order of first appearance. */
export const PORTFOLIO_HISTORY: readonly HistoricPortfolio[] = [
  // Overseas parts of the Kingdom (a minister charged with them, 1959–1998)
  { name: 'Surinaamse en Nederlands-Antilliaanse Zaken', from: 1959, until: 1975 },
  { name: 'Nederlands-Antilliaanse Zaken', from: 1975, until: 1986 },
  { name: 'Nederlands-Antilliaanse en Arubaanse Zaken', from: 1986, until: 1998 },

  // State secretaries at Buitenlandse Zaken
  { name: 'Europese Zaken', from: 1959, until: 2012 },
  { name: 'Europese Zaken en Ontwikkelingssamenwerking', from: 2010, until: 2012 },

  // Development cooperation (always a minister without portfolio, or a state secretary)
  { name: 'Hulp aan Ontwikkelingslanden', from: 1965, until: 1971 },
  { name: 'Ontwikkelingshulp', from: 1965, until: 1971 },
  { name: 'Ontwikkelingssamenwerking', from: 1971, until: 2012 },
  { name: 'Buitenlandse Handel en Ontwikkelingssamenwerking', from: 2012, until: 2024 },
  { name: 'Buitenlandse Handel en Ontwikkelingshulp', from: 2024, until: null },

  // Science policy
  { name: 'Wetenschapsbeleid', from: 1971, until: 1981 },

  // Cities, integration, immigration
  { name: 'Grote Steden- en Integratiebeleid', from: 1998, until: 2002 },
  { name: 'Vreemdelingenzaken en Integratie', from: 2002, until: 2006 },
  { name: 'Integratie, Jeugdbescherming, Preventie en Reclassering', from: 2006, until: 2007 },
  { name: 'Wonen, Wijken en Integratie', from: 2007, until: 2010 },
  { name: 'Immigratie en Asiel', from: 2010, until: 2011 },
  { name: 'Immigratie, Integratie en Asiel', from: 2011, until: 2012 },
  { name: 'Migratie', from: 2017, until: 2024 },
  { name: 'Participatie en Integratie', from: 2024, until: null },

  // Public administration and the Kingdom
  { name: 'Bestuurlijke Vernieuwing en Koninkrijksrelaties', from: 2003, until: 2007 },
  { name: 'Koninkrijksrelaties', from: 2007, until: 2022 },
  { name: 'Wonen en Rijksdienst', from: 2012, until: 2017 },
  { name: 'Milieu en Wonen', from: 2019, until: 2020 },
  { name: 'Koninkrijksrelaties en Digitalisering', from: 2022, until: 2024 },
  { name: 'Digitalisering en Koninkrijksrelaties', from: 2024, until: null },
  { name: 'Herstel Groningen', from: 2024, until: null },

  // Youth, care, sport
  { name: 'Jeugd en Gezin', from: 2007, until: 2010 },
  { name: 'Medische Zorg en Sport', from: 2017, until: 2022 },
  { name: 'Medische Zorg', from: 2020, until: 2020 },
  { name: 'Langdurige Zorg en Sport', from: 2022, until: 2024 },
  { name: 'Jeugd, Preventie en Sport', from: 2022, until: null },

  // Justice
  { name: 'Rechtsbescherming', from: 2017, until: null },

  // Education and culture
  { name: 'Basis- en Voortgezet Onderwijs en Media', from: 2017, until: 2022 },
  { name: 'Primair en Voortgezet Onderwijs en Media', from: 2017, until: 2022 },
  { name: 'Primair en Voortgezet Onderwijs', from: 2022, until: 2024 },
  { name: 'Primair en Voortgezet Onderwijs en Emancipatie', from: 2024, until: null },
  { name: 'Cultuur en Media', from: 2022, until: 2024 },

  // Finance
  { name: 'Fiscaliteit en Belastingdienst', from: 2020, until: null },
  { name: 'Toeslagen en Douane', from: 2020, until: 2024 },
  { name: 'Herstel Toeslagen', from: 2024, until: null },

  // Economy, climate, nature, social affairs, infrastructure
  { name: 'Klimaat en Energie', from: 2022, until: 2024 },
  { name: 'Mijnbouw', from: 2022, until: 2024 },
  { name: 'Natuur en Stikstof', from: 2022, until: 2024 },
  { name: 'Armoedebeleid, Participatie en Pensioenen', from: 2022, until: 2024 },
  { name: 'Openbaar Vervoer en Milieu', from: 2024, until: null },
];
