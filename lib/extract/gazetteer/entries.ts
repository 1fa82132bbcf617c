/**
 * Named bodies, places and parties that Dutch official texts refer to, as data. Each entry has its
 * canonical name, its type, and the other forms it is printed in. Acronyms match only in their
 * own case ("OM", not "om"); names match with or without diacritics ("Armenie").
 */

/** The four kinds of actor. */
export type ActorType = 'person' | 'office' | 'organisation' | 'location';

/** One entry of the gazetteer. */
export interface Entry {
  name: string;
  type: ActorType;
  aliases?: readonly string[];
  /** Counts only in a party context: in brackets after a name, before "-fractie", "van PARTY" after a member. */
  partyOnly?: boolean;
  /** A country (from the platform's list): never a person's surname, even after a cue. */
  country?: boolean;
  /** Also an ordinary word ("Best", "Doel"): not where a sentence starts, where any word has a capital. */
  wordLike?: boolean;
  /** A ministry's short form ("Defensie", "Sociale Zaken"): only where it stands as a name of its own. */
  shortForm?: boolean;
}

/** Dutch public bodies and the Staten-Generaal. */
export const DUTCH_BODIES: readonly Entry[] = [
  { name: 'Tweede Kamer der Staten-Generaal', type: 'organisation', aliases: ['Tweede Kamer'] },
  { name: 'Eerste Kamer der Staten-Generaal', type: 'organisation', aliases: ['Eerste Kamer'] },
  { name: 'Staten-Generaal', type: 'organisation', aliases: ['Verenigde Vergadering'] },
  { name: 'Raad van State', type: 'organisation', aliases: ['RvS', 'Afdeling advisering van de Raad van State', 'Afdeling bestuursrechtspraak van de Raad van State'] },
  { name: 'Algemene Rekenkamer', type: 'organisation' },
  { name: 'Nationale ombudsman', type: 'organisation', aliases: ['Nationale Ombudsman'] },
  { name: 'Kiesraad', type: 'organisation' },
  { name: 'Openbaar Ministerie', type: 'organisation', aliases: ['OM'] },
  { name: 'Rechtspraak', type: 'organisation' },
  { name: 'Hoge Raad', type: 'organisation' },
  { name: 'AIVD', type: 'organisation', aliases: ['Algemene Inlichtingen- en Veiligheidsdienst'] },
  { name: 'MIVD', type: 'organisation', aliases: ['Militaire Inlichtingen- en Veiligheidsdienst'] },
  { name: 'NVWA', type: 'organisation', aliases: ['Nederlandse Voedsel- en Warenautoriteit'] },
  { name: 'WODC', type: 'organisation', aliases: ['Wetenschappelijk Onderzoek- en Documentatiecentrum'] },
  { name: 'CBS', type: 'organisation', aliases: ['Centraal Bureau voor de Statistiek'] },
  { name: 'CPB', type: 'organisation', aliases: ['Centraal Planbureau'] },
  { name: 'SCP', type: 'organisation', aliases: ['Sociaal en Cultureel Planbureau'] },
  { name: 'PBL', type: 'organisation', aliases: ['Planbureau voor de Leefomgeving'] },
  { name: 'De Nederlandsche Bank', type: 'organisation', aliases: ['DNB'] },
  { name: 'Autoriteit Financiële Markten', type: 'organisation', aliases: ['AFM'] },
  { name: 'Autoriteit Persoonsgegevens', type: 'organisation', aliases: ['AP'] },
  { name: 'Autoriteit Consument en Markt', type: 'organisation', aliases: ['ACM'] },
  { name: 'Belastingdienst', type: 'organisation' },
  { name: 'Dienst Toeslagen', type: 'organisation' },
  { name: 'UWV', type: 'organisation' },
  { name: 'SVB', type: 'organisation', aliases: ['Sociale Verzekeringsbank'] },
  { name: 'IND', type: 'organisation', aliases: ['Immigratie- en Naturalisatiedienst'] },
  { name: 'COA', type: 'organisation', aliases: ['Centraal Orgaan opvang asielzoekers'] },
  { name: 'Politie', type: 'organisation', aliases: ['Nationale Politie'] },
  { name: 'Koninklijke Marechaussee', type: 'organisation', aliases: ['KMar'] },
  { name: 'Rijkswaterstaat', type: 'organisation' },
  { name: 'RIVM', type: 'organisation', aliases: ['Rijksinstituut voor Volksgezondheid en Milieu'] },
  { name: 'Raad voor de rechtspraak', type: 'organisation' },
  { name: 'Onderzoeksraad voor Veiligheid', type: 'organisation', aliases: ['OVV'] },
  { name: 'College voor de Rechten van de Mens', type: 'organisation' },
  { name: 'Adviesraad Internationale Vraagstukken', type: 'organisation', aliases: ['AIV'] },
  { name: 'Wetenschappelijke Raad voor het Regeringsbeleid', type: 'organisation', aliases: ['WRR'] },
  { name: 'Rijksoverheid', type: 'organisation', aliases: ['Rijk'] },
  { name: 'Staatscourant', type: 'organisation' },
  { name: 'Vereniging van Nederlandse Gemeenten', type: 'organisation', aliases: ['VNG'] },
  { name: 'Interprovinciaal Overleg', type: 'organisation', aliases: ['IPO'] },
  { name: 'Unie van Waterschappen', type: 'organisation' },
  { name: 'college van burgemeester en wethouders', type: 'organisation', aliases: ['college van B&W', 'college van B en W'] },
  { name: 'provinciale staten', type: 'organisation', aliases: ['Provinciale Staten'] },
  { name: 'Gedeputeerde Staten', type: 'organisation' },
  { name: 'ministerraad', type: 'organisation', aliases: ['Ministerraad'] },
];

/** European and international bodies with their Dutch names and acronyms. */
export const INTERNATIONAL_BODIES: readonly Entry[] = [
  { name: 'EU', type: 'organisation', aliases: ['Europese Unie', 'Unie'] },
  { name: 'Europese Commissie', type: 'organisation', aliases: ['EC'] },
  { name: 'Raad van de Europese Unie', type: 'organisation' },
  { name: 'Europese Raad', type: 'organisation' },
  { name: 'Europees Parlement', type: 'organisation', aliases: ['EP'] },
  { name: 'Hof van Justitie van de EU', type: 'organisation', aliases: ['Hof van Justitie van de Europese Unie', 'Hof van Justitie', 'HvJ EU'] },
  { name: 'Europese Dienst voor Extern Optreden', type: 'organisation', aliases: ['EDEO'] },
  { name: 'Europese Centrale Bank', type: 'organisation', aliases: ['ECB'] },
  { name: 'Europese Investeringsbank', type: 'organisation', aliases: ['EIB'] },
  { name: 'Raad Buitenlandse Zaken', type: 'organisation', aliases: ['RBZ'] },
  { name: 'Raad Algemene Zaken', type: 'organisation', aliases: ['RAZ'] },
  { name: 'Eurogroep', type: 'organisation' },
  { name: 'Ecofinraad', type: 'organisation', aliases: ['Ecofin'] },
  { name: 'Verenigde Naties', type: 'organisation', aliases: ['VN'] },
  { name: 'VN-Veiligheidsraad', type: 'organisation', aliases: ['Veiligheidsraad'] },
  { name: 'NAVO', type: 'organisation', aliases: ['NATO', 'Noord-Atlantische Verdragsorganisatie'] },
  { name: 'OVSE', type: 'organisation', aliases: ['Organisatie voor Veiligheid en Samenwerking in Europa', 'OSCE'] },
  { name: 'Raad van Europa', type: 'organisation' },
  { name: 'Internationaal Strafhof', type: 'organisation', aliases: ['ICC'] },
  { name: 'Internationaal Gerechtshof', type: 'organisation', aliases: ['ICJ'] },
  { name: 'Europees Hof voor de Rechten van de Mens', type: 'organisation', aliases: ['EHRM'] },
  { name: 'IMF', type: 'organisation', aliases: ['Internationaal Monetair Fonds'] },
  { name: 'Wereldbank', type: 'organisation' },
  { name: 'WHO', type: 'organisation', aliases: ['Wereldgezondheidsorganisatie'] },
  { name: 'UNHCR', type: 'organisation' },
  { name: 'UNICEF', type: 'organisation' },
  { name: 'Internationaal Atoomenergieagentschap', type: 'organisation', aliases: ['IAEA', 'IAEA'] },
  { name: 'OESO', type: 'organisation', aliases: ['OECD'] },
  { name: 'WTO', type: 'organisation', aliases: ['Wereldhandelsorganisatie'] },
  { name: 'G20', type: 'organisation' },
  { name: 'G7', type: 'organisation' },
  { name: 'Afrikaanse Unie', type: 'organisation' },
  { name: 'Palestijnse Autoriteit', type: 'organisation' },
  { name: 'Rode Kruis', type: 'organisation', aliases: ['Internationale Comité van het Rode Kruis', 'ICRC'] },
  { name: 'Frontex', type: 'organisation' },
  { name: 'Europol', type: 'organisation' },
  { name: 'Eurojust', type: 'organisation' },
];

/** Political parties; those whose names are ordinary words count only in party contexts. */
export const PARTIES: readonly Entry[] = [
  { name: 'VVD', type: 'organisation', aliases: ['Volkspartij voor Vrijheid en Democratie'] },
  { name: 'D66', type: 'organisation', aliases: ['Democraten 66'] },
  { name: 'GroenLinks', type: 'organisation', aliases: ['GL'] },
  { name: 'PvdA', type: 'organisation', aliases: ['Partij van de Arbeid'] },
  { name: 'GroenLinks-PvdA', type: 'organisation', aliases: ['GL-PvdA'] },
  { name: 'CDA', type: 'organisation', aliases: ['Christen-Democratisch Appèl'] },
  { name: 'PVV', type: 'organisation', aliases: ['Partij voor de Vrijheid'] },
  { name: 'Partij voor de Dieren', type: 'organisation', aliases: ['PvdD'] },
  { name: 'ChristenUnie', type: 'organisation', aliases: ['CU'] },
  { name: 'SGP', type: 'organisation', aliases: ['Staatkundig Gereformeerde Partij'] },
  { name: 'Forum voor Democratie', type: 'organisation', aliases: ['FvD', 'FVD'] },
  { name: 'SP', type: 'organisation', aliases: ['Socialistische Partij'], partyOnly: true },
  { name: 'DENK', type: 'organisation', partyOnly: true },
  { name: 'Volt', type: 'organisation', partyOnly: true },
  { name: 'JA21', type: 'organisation', partyOnly: true },
  { name: 'BBB', type: 'organisation', aliases: ['BoerBurgerBeweging'], partyOnly: true },
  { name: 'NSC', type: 'organisation', aliases: ['Nieuw Sociaal Contract'], partyOnly: true },
  { name: 'BIJ1', type: 'organisation', partyOnly: true },
  { name: '50PLUS', type: 'organisation', partyOnly: true },
];

/** Places that are not countries: regions, cities, parts of the Kingdom. */
export const PLACES: readonly Entry[] = [
  ...[
    'Den Haag', 'Amsterdam', 'Rotterdam', 'Utrecht', 'Groningen', 'Eindhoven', 'Maastricht', 'Brussel', 'Straatsburg', 'Luxemburg-Stad',
    'Genève', 'New York', 'Washington', 'Moskou', 'Kyiv', 'Kiev', 'Bakoe', 'Jerevan', 'Tbilisi', 'Minsk', 'Peking', 'Beijing', 'Ankara',
    'Jeruzalem', 'Gaza', 'Gazastrook', 'Westelijke Jordaanoever', 'Krim', 'Donbas', 'Marioepol', 'Charkiv', 'Odesa', 'Karabach',
    'Nagorno-Karabach', 'Zuidelijke Kaukasus', 'Kaukasus', 'Sahel', 'West-Afrika', 'Oost-Afrika', 'Noord-Afrika', 'Hoorn van Afrika',
    'Midden-Oosten', 'Westelijke Balkan', 'Balkan', 'Centraal-Azië', 'Latijns-Amerika', 'Caribisch gebied', 'Indo-Pacific',
    'Koninkrijk der Nederlanden', 'Europees Nederland', 'Caribisch Nederland', 'Bonaire', 'Sint Eustatius', 'Saba', 'Noordzee', 'Waddenzee', 'Europa', 'Afrika',
    'Azië', 'Zeeland', 'Friesland', 'Limburg', 'Brabant', 'Noord-Brabant', 'Gelderland', 'Overijssel', 'Drenthe', 'Flevoland',
    'Noord-Holland', 'Zuid-Holland', 'Sittard-Geleen', 'Arnhem', 'Nijmegen', 'Leiden', 'Haarlem', 'Zwolle', 'Almere', 'Tilburg',
    'Bagdad', 'Damascus', 'Beiroet', 'Teheran', 'Kaboel', 'Islamabad', 'New Delhi', 'Tokio', 'Seoul', 'Canberra', 'Ottawa', 'Parijs',
    'Berlijn', 'Londen', 'Madrid', 'Rome', 'Wenen', 'Warschau', 'Praag', 'Boedapest', 'Boekarest', 'Sofia', 'Athene', 'Lissabon',
    'Dublin', 'Kopenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Tallinn', 'Riga', 'Vilnius', 'Belgrado', 'Pristina', 'Sarajevo',
    'Chisinau', 'Caïro', 'Tripoli', 'Tunis', 'Rabat', 'Algiers', 'Khartoem', 'Addis Abeba', 'Nairobi', 'Kinshasa', 'Abuja', 'Bamako',
    'Niamey', 'Ouagadougou', 'Dakar', 'Pretoria', 'Kaapstad', 'Caracas', 'Bogotá', 'Lima', 'Brasilia', 'Buenos Aires', 'Havana',
    'Paramaribo', 'Oranjestad', 'Willemstad', 'Philipsburg', 'Kralendijk', 'Riyad', 'Doha', 'Abu Dhabi', 'Dubai', 'Ramallah',
    'Tel Aviv', 'Sanaa', 'Aden', 'Gaza-Stad', 'Kherson', 'Zaporizja', 'Boetsja', 'Sint-Petersburg', 'Jeddah', 'Davos', 'München',
  ].map((name): Entry => ({ name, type: 'location' })),
];
