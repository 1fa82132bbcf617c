/**
 * Dutch national public bodies that are not in entries.ts' DUTCH_BODIES: executive agencies
 * and services, inspectorates, zelfstandige bestuursorganen (zbo's) and advisory councils,
 * research and heritage institutions, the armed forces' commands, the courts, the police and
 * the safety regions. Former bodies that official texts since 1995 still name are included
 * under their own names (IB-Groep, VROM-Inspectie, Inspectie voor de Gezondheidszorg …).
 * Acronyms are aliases in their own case.
 *
 * Sources, as of mid-2025 (written in December 2026, but from knowledge and sources that
 * mostly run to mid-2025: changes after that, such as those following the October 2025
 * Tweede Kamer elections, are not covered unless noted):
 * - Agencies, inspectorates, zbo's, advisory councils: written from knowledge of the Dutch
 *   central government (the bodies as organisaties.overheid.nl and the Rijksoverheid list
 *   them, and their predecessors as official publications name them); not checked item by
 *   item against the zbo register, which was not reachable with the search tools.
 * - Courts: the 19 arrondissementsrechtbanken and 5 gerechtshoven before the Wet herziening
 *   gerechtelijke kaart (1 January 2013), the 11 rechtbanken and 4 gerechtshoven after it
 *   (Rechtbank Oost-Nederland split into Gelderland and Overijssel on 1 April 2014), from
 *   knowledge of the judicial map; the Caribbean joint court of justice.
 * - Police: the 25 regiokorpsen and the KLPD of the Politiewet 1993 (1994–2012) and the
 *   10 regional units, Landelijke Eenheid and Politiedienstencentrum of the Nationale Politie
 *   (since 1 January 2013), from knowledge. "Nationale Politie" itself is already an alias of
 *   "Politie" in DUTCH_BODIES.
 * - Safety regions: the 25 veiligheidsregio's of the Wet veiligheidsregio's (2010), from
 *   knowledge.
 *
 * Left out: the 62 kantongerechten (merged into the rechtbanken in 2002) and the courts of
 * first instance in the Caribbean; municipal, provincial and water-board bodies; state-owned
 * companies (ProRail, NS, Schiphol, TenneT, Gasunie); universities and hospitals; Halt and "KB"
 * (Koninklijke Bibliotheek) as bare names, and acronyms that are ordinary words or clash with
 * other bodies ("AT", "PD", "Aw"; "ROB" is kept for the Raad voor het Openbaar Bestuur only).
 */
import type { Entry } from '@/lib/extract/gazetteer/entries';

const org = (name: string, ...aliases: string[]): Entry =>
  aliases.length > 0 ? { name, type: 'organisation', aliases } : { name, type: 'organisation' };

/** Agencies and services of the ministries, and their predecessors. */
const SERVICES: readonly Entry[] = [
  org('Rijksdienst voor Ondernemend Nederland', 'RVO', 'RVO.nl'),
  org('Agentschap NL', 'AgNL'),
  org('SenterNovem'),
  org('EVD', 'Economische Voorlichtingsdienst'),
  org('Dienst Regelingen'),
  org('Dienst Landelijk Gebied', 'DLG'),
  org('Bureau Beheer Landbouwgronden', 'BBL'),
  org('Octrooicentrum Nederland', 'Octrooiraad'),
  org('Dienst Uitvoering Onderwijs', 'DUO'),
  org('IB-Groep', 'Informatie Beheer Groep'),
  org('Centraal Justitieel Incassobureau', 'CJIB'),
  org('Dienst Justitiële Inrichtingen', 'DJI'),
  org('Dienst Terugkeer en Vertrek', 'DT&V'),
  org('Justitiële Informatiedienst', 'Justid'),
  org('Dienst Justis', 'Justis'),
  org('Raad voor de Kinderbescherming'),
  org('Reclassering Nederland'),
  org('Raad voor Rechtsbijstand'),
  org('Landelijk Bureau Inning Onderhoudsbijdragen', 'LBIO'),
  org('Nederlands Forensisch Instituut', 'NFI'),
  org('Gerechtelijk Laboratorium'),
  org('Nationaal Coördinator Terrorismebestrijding en Veiligheid', 'NCTV'),
  org('Nationaal Coördinator Terrorismebestrijding', 'NCTb'),
  org('Nationaal Cyber Security Centrum', 'NCSC'),
  org('GOVCERT.NL'),
  org('Nationaal Crisiscentrum', 'NCC'),
  org('Centrum voor Criminaliteitspreventie en Veiligheid', 'CCV'),
  org('Instituut Fysieke Veiligheid', 'IFV'),
  org('Veiligheidsberaad'),
  org('Nationaal Rapporteur Mensenhandel', 'Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen'),
  org('Binnenlandse Veiligheidsdienst', 'BVD'),
  org('Militaire Inlichtingendienst', 'MID'),
  org('Douane', 'Belastingdienst/Douane'),
  org('FIOD', 'Fiscale Inlichtingen- en Opsporingsdienst', 'FIOD-ECD'),
  org('SIOD', 'Sociale Inlichtingen- en Opsporingsdienst'),
  org('Auditdienst Rijk', 'ADR'),
  org('Rijksdienst voor het Wegverkeer', 'RDW', 'Dienst Wegverkeer'),
  org('Centraal Bureau Rijvaardigheidsbewijzen', 'CBR'),
  org('Kadaster', 'Dienst voor het kadaster en de openbare registers'),
  org('KNMI', 'Koninklijk Nederlands Meteorologisch Instituut'),
  org('Luchtverkeersleiding Nederland', 'LVNL'),
  org('Staatsbosbeheer'),
  org('Logius'),
  org('Rijksdienst voor Identiteitsgegevens', 'RvIG'),
  org('Rijksvastgoedbedrijf'),
  org('Rijksgebouwendienst', 'RGD'),
  org('Dienst Vastgoed Defensie'),
  org('Dienst Publiek en Communicatie', 'DPC'),
  org('Rijksvoorlichtingsdienst', 'RVD'),
  org('Dienst van het Koninklijk Huis'),
  org('Kabinet van de Koning', 'Kabinet der Koningin'),
  org('Nationaal Coördinator Groningen', 'NCG'),
  org('Nationaal Archief'),
  org('Algemeen Rijksarchief'),
  org('Rijksdienst voor het Cultureel Erfgoed', 'RCE'),
  org('Rijksdienst voor Archeologie, Cultuurlandschap en Monumenten', 'RACM'),
  org('Rijksdienst voor de Monumentenzorg', 'RDMZ'),
  org('Rijksdienst voor het Oudheidkundig Bodemonderzoek'),
  org('Instituut Collectie Nederland', 'ICN'),
  org('Koninklijke Bibliotheek'),
  org('Centraal Administratiekantoor', 'CAK'),
  org('Centrum voor Werk en Inkomen', 'CWI'),
  org('Landelijk instituut sociale verzekeringen', 'Lisv'),
  org('Gemeenschappelijk Administratiekantoor', 'GAK'),
  org('Arbeidsvoorziening Nederland', 'Arbeidsvoorziening'),
  org('Bureau Financieel Toezicht', 'BFT'),
  org('Politieacademie'),
  org('Korps landelijke politiediensten', 'KLPD'),
  org('Voorziening tot samenwerking Politie Nederland', 'vtsPN'),
];

/** Inspectorates and supervisory authorities. */
const INSPECTORATES: readonly Entry[] = [
  org('Inspectie van het Onderwijs', 'Onderwijsinspectie'),
  org('Inspectie Gezondheidszorg en Jeugd', 'IGJ'),
  org('Inspectie voor de Gezondheidszorg', 'IGZ', 'Inspectie Gezondheidszorg'),
  org('Staatstoezicht op de Volksgezondheid'),
  org('Inspectie Jeugdzorg', 'IJZ'),
  org('Inspectie Leefomgeving en Transport', 'ILT'),
  org('Inspectie Verkeer en Waterstaat', 'IVW'),
  org('VROM-Inspectie'),
  org('Inspectie Justitie en Veiligheid'),
  org('Inspectie Veiligheid en Justitie'),
  org('Inspectie voor de Sanctietoepassing', 'ISt'),
  org('Inspectie Openbare Orde en Veiligheid', 'IOOV'),
  org('Nederlandse Arbeidsinspectie', 'NLA'),
  org('Inspectie SZW', 'Inspectie Sociale Zaken en Werkgelegenheid'),
  org('Arbeidsinspectie'),
  org('Inspectie Werk en Inkomen', 'IWI'),
  org('Inspectie der Rijksfinanciën', 'IRF'),
  org('Inspectie Overheidsinformatie en Erfgoed'),
  org('Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie', 'IOB'),
  org('Staatstoezicht op de Mijnen', 'SodM'),
  org('Rijksinspectie Digitale Infrastructuur', 'RDI'),
  org('Agentschap Telecom'),
  org('Voedsel en Waren Autoriteit', 'VWA'),
  org('Keuringsdienst van Waren'),
  org('Algemene Inspectiedienst', 'AID'),
  org('Plantenziektenkundige Dienst'),
  org('Commissariaat voor de Media', 'CvdM'),
  org('Kansspelautoriteit', 'Ksa'),
  org('Nederlandse Zorgautoriteit', 'NZa'),
  org('Nederlandse Mededingingsautoriteit', 'NMa'),
  org('OPTA', 'Onafhankelijke Post en Telecommunicatie Autoriteit'),
  org('Consumentenautoriteit'),
  org('College bescherming persoonsgegevens', 'CBP'),
  org('Registratiekamer'),
  org('Pensioen- en Verzekeringskamer', 'PVK'),
  org('Autoriteit Nucleaire Veiligheid en Stralingsbescherming', 'ANVS'),
  org('Autoriteit woningcorporaties'),
  org('Centraal Fonds Volkshuisvesting', 'CFV'),
  org('Nederlandse Emissieautoriteit', 'NEa'),
  org('College van toezicht sociale verzekeringen', 'Ctsv'),
  org('Commissie van Toezicht op de Inlichtingen- en Veiligheidsdiensten', 'CTIVD'),
  org('Toetsingscommissie Inzet Bevoegdheden', 'TIB'),
];

/** Other zbo's, funds and registers. */
const ZBOS: readonly Entry[] = [
  org('Zorginstituut Nederland', 'Zorginstituut'),
  org('College voor zorgverzekeringen', 'CVZ'),
  org('College ter Beoordeling van Geneesmiddelen', 'CBG'),
  org('College voor de toelating van gewasbeschermingsmiddelen en biociden', 'Ctgb'),
  org('Centrale Commissie Mensgebonden Onderzoek', 'CCMO'),
  org('Centrale Commissie Dierproeven', 'CCD'),
  org('Kamer van Koophandel', 'KvK'),
  org('Waarderingskamer'),
  org('College voor Toetsen en Examens', 'CvTE'),
  org('Commissie Gelijke Behandeling', 'CGB'),
  org('Nederlandse Organisatie voor Wetenschappelijk Onderzoek', 'NWO'),
  org('Koninklijke Nederlandse Akademie van Wetenschappen', 'KNAW'),
  org('TNO', 'Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk Onderzoek'),
  org('NIOD', 'NIOD Instituut voor Oorlogs-, Holocaust- en Genocidestudies', 'Rijksinstituut voor Oorlogsdocumentatie'),
  org('Rathenau Instituut'),
  org('Nederlandse Publieke Omroep', 'NPO'),
  org('Nederlandse Omroep Stichting', 'NOS'),
  org('Huis voor Klokkenluiders'),
  org('Kinderombudsman'),
  org('Sociale Verzekeringsraad', 'SVr'),
  org('Raad voor Werk en Inkomen', 'RWI'),
];

/** Advisory councils and committees. */
const ADVISORY: readonly Entry[] = [
  org('Sociaal-Economische Raad', 'SER'),
  org('Gezondheidsraad'),
  org('Onderwijsraad'),
  org('Raad voor Cultuur'),
  org('Raad voor het Openbaar Bestuur', 'ROB'),
  org('Raad voor de financiële verhoudingen', 'Rfv'),
  org('Raad voor de leefomgeving en infrastructuur', 'Rli'),
  org('VROM-raad'),
  org('Raad voor Verkeer en Waterstaat'),
  org('Raad voor het Landelijk Gebied', 'RLG'),
  org('Adviescommissie voor Vreemdelingenzaken', 'ACVZ'),
  org('Raad voor de Volksgezondheid en Samenleving', 'RVS'),
  org('Raad voor de Volksgezondheid en Zorg', 'RVZ'),
  org('Raad voor Maatschappelijke Ontwikkeling', 'RMO'),
  org('Adviesraad voor wetenschap, technologie en innovatie', 'AWTI'),
  org('Adviesraad voor het Wetenschaps- en Technologiebeleid', 'AWT'),
  org('Raad voor Strafrechtstoepassing en Jeugdbescherming', 'RSJ'),
  org('Raad voor de rechtshandhaving'),
  org('Commissie van advies inzake volkenrechtelijke vraagstukken', 'CAVV'),
  org('Adviescollege toetsing regeldruk', 'ATR'),
  org('Actal', 'Adviescollege toetsing administratieve lasten'),
  org('Raad voor Dierenaangelegenheden', 'RDA'),
  org('Commissie voor de milieueffectrapportage', 'Commissie m.e.r.'),
  org('Technische Commissie Bodem', 'TCB'),
  org('College van Rijksadviseurs'),
  org('Algemene Energieraad'),
];

/** The armed forces' services and commands. */
const DEFENCE: readonly Entry[] = [
  org('Koninklijke Landmacht'),
  org('Koninklijke Marine'),
  org('Koninklijke Luchtmacht', 'KLu'),
  org('Commando Zeestrijdkrachten', 'CZSK'),
  org('Commando Landstrijdkrachten', 'CLAS'),
  org('Commando Luchtstrijdkrachten', 'CLSK'),
  org('Defensie Materieel Organisatie', 'DMO'),
  org('Defensie Ondersteuningscommando', 'DOSCO'),
  org('Defensiestaf'),
];

/** Courts and the public prosecution service's offices. */
const COURTS: readonly Entry[] = [
  // Rechtbanken until 2013 (their names, "Rechtbank 's-Gravenhage" under Den Haag below)
  ...[
    'Alkmaar',
    'Almelo',
    'Arnhem',
    'Assen',
    'Breda',
    'Dordrecht',
    'Groningen',
    'Haarlem',
    "'s-Hertogenbosch",
    'Leeuwarden',
    'Maastricht',
    'Middelburg',
    'Roermond',
    'Utrecht',
    'Zutphen',
    'Zwolle',
    'Zwolle-Lelystad',
  ].map((place) => org(`Rechtbank ${place}`, `Arrondissementsrechtbank ${place}`)),
  // Rechtbanken existing before and after 2013
  org('Rechtbank Amsterdam', 'Arrondissementsrechtbank Amsterdam'),
  org('Rechtbank Rotterdam', 'Arrondissementsrechtbank Rotterdam'),
  org('Rechtbank Den Haag', "Rechtbank 's-Gravenhage", "Arrondissementsrechtbank 's-Gravenhage"),
  // Rechtbanken since 2013
  ...[
    'Gelderland',
    'Limburg',
    'Midden-Nederland',
    'Noord-Holland',
    'Noord-Nederland',
    'Oost-Brabant',
    'Oost-Nederland',
    'Overijssel',
    'Zeeland-West-Brabant',
  ].map((region) => org(`Rechtbank ${region}`)),
  // Gerechtshoven
  org('Gerechtshof Amsterdam'),
  org('Gerechtshof Arnhem'),
  org('Gerechtshof Leeuwarden'),
  org('Gerechtshof Arnhem-Leeuwarden'),
  org('Gerechtshof Den Haag', "Gerechtshof 's-Gravenhage"),
  org("Gerechtshof 's-Hertogenbosch", 'Gerechtshof Den Bosch'),
  // Highest administrative courts and others
  org('Centrale Raad van Beroep', 'CRvB'),
  org('College van Beroep voor het bedrijfsleven', 'CBb'),
  org('Tariefcommissie'),
  org(
    'Gemeenschappelijk Hof van Justitie van Aruba, Curaçao, Sint Maarten en van Bonaire, Sint Eustatius en Saba',
    'Gemeenschappelijk Hof van Justitie',
  ),
  org('Gemeenschappelijk Hof van Justitie van de Nederlandse Antillen en Aruba'),
  // Openbaar Ministerie
  org('College van procureurs-generaal'),
  org('Parket-Generaal'),
  org('Parket bij de Hoge Raad'),
  org('Landelijk Parket'),
  org('Functioneel Parket'),
  org('Parket Centrale Verwerking Openbaar Ministerie', 'CVOM'),
];

/** The regional police forces 1994–2012 and the units of the Nationale Politie since 2013. */
const POLICE: readonly Entry[] = [
  ...(
    [
      ['Groningen'],
      ['Friesland', 'Fryslân'],
      ['Drenthe'],
      ['IJsselland'],
      ['Twente'],
      ['Noord- en Oost-Gelderland'],
      ['Gelderland-Midden'],
      ['Gelderland-Zuid'],
      ['Utrecht'],
      ['Noord-Holland-Noord', 'Noord-Holland Noord'],
      ['Zaanstreek-Waterland'],
      ['Kennemerland'],
      ['Amsterdam-Amstelland'],
      ['Gooi en Vechtstreek'],
      ['Haaglanden'],
      ['Hollands Midden'],
      ['Rotterdam-Rijnmond'],
      ['Zuid-Holland-Zuid', 'Zuid-Holland Zuid'],
      ['Zeeland'],
      ['Midden- en West-Brabant'],
      ['Brabant-Noord'],
      ['Brabant Zuid-Oost', 'Brabant-Zuidoost'],
      ['Limburg-Noord'],
      ['Limburg-Zuid'],
      ['Flevoland'],
    ] as const
  ).map(([region, variant]) =>
    org(
      `Politie ${region}`,
      `Regiopolitie ${region}`,
      `regiokorps ${region}`,
      ...(variant === undefined ? [] : [`Politie ${variant}`, `Regiopolitie ${variant}`]),
    ),
  ),
  ...[
    'Noord-Nederland',
    'Oost-Nederland',
    'Midden-Nederland',
    'Noord-Holland',
    'Amsterdam',
    'Den Haag',
    'Rotterdam',
    'Zeeland-West-Brabant',
    'Oost-Brabant',
    'Limburg',
  ].map((unit) => org(`Politie-eenheid ${unit}`, `Politie ${unit}`, `Eenheid ${unit}`, `regionale eenheid ${unit}`)),
  org('Landelijke Eenheid'),
  org('Politiedienstencentrum'),
];

/** The 25 safety regions. */
const SAFETY_REGIONS: readonly Entry[] = [
  ...[
    'Groningen',
    'Fryslân',
    'Drenthe',
    'IJsselland',
    'Twente',
    'Noord- en Oost-Gelderland',
    'Gelderland-Midden',
    'Gelderland-Zuid',
    'Utrecht',
    'Noord-Holland Noord',
    'Zaanstreek-Waterland',
    'Kennemerland',
    'Amsterdam-Amstelland',
    'Gooi en Vechtstreek',
    'Haaglanden',
    'Hollands Midden',
    'Rotterdam-Rijnmond',
    'Zuid-Holland Zuid',
    'Zeeland',
    'Midden- en West-Brabant',
    'Brabant-Zuidoost',
    'Limburg-Noord',
    'Zuid-Limburg',
    'Flevoland',
  ].map((region) => org(`Veiligheidsregio ${region}`)),
  org('Veiligheidsregio Brabant-Noord', 'Veiligheidsregio Hart voor Brabant'),
];

/** Every national body of this file. */
export const AGENCIES: readonly Entry[] = [
  ...SERVICES,
  ...INSPECTORATES,
  ...ZBOS,
  ...ADVISORY,
  ...DEFENCE,
  ...COURTS,
  ...POLICE,
  ...SAFETY_REGIONS,
];
