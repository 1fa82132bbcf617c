/**
 * International bodies that Dutch official texts name and that are not already in entries.ts'
 * INTERNATIONAL_BODIES: the other institutions, advisory bodies, configurations of the Council
 * and agencies of the European Union and its predecessors; the organs, programmes, funds,
 * specialised agencies, tribunals and missions of the United Nations; the bodies of the Raad
 * van Europa and the OVSE; and other intergovernmental organisations (Benelux, OPCW, Interpol,
 * development banks, regional organisations). Names are the Dutch forms used in Dutch official
 * texts, with the English or French acronym that the texts print as an alias in its own case.
 *
 * Sources, as of mid-2025 (written in December 2026, but from knowledge and sources that
 * mostly run to mid-2025: changes after that, such as those following the October 2025
 * Tweede Kamer elections, are not covered unless noted): written from knowledge of the Dutch names the EU uses in its
 * Dutch-language texts (EUR-Lex, europa.eu: institutions, bodies and decentralised agencies)
 * and of the names in Dutch Kamerstukken and Tractatenblad for the UN system and other
 * organisations; not checked entry by entry against a published list.
 *
 * Left out: non-governmental organisations (Amnesty International, Artsen zonder Grenzen,
 * Human Rights Watch), private bodies and companies; national bodies of other states; EU
 * executive agencies that Dutch texts rarely name; acronyms that are ordinary words or clash
 * with Dutch bodies ("ETF", "EPO", "UPC", "IDA", "ISA", "PVC", "SRB", "WMO", "OIS").
 */
import type { Entry } from '@/lib/extract/gazetteer/entries';

const org = (name: string, ...aliases: string[]): Entry =>
  aliases.length > 0 ? { name, type: 'organisation', aliases } : { name, type: 'organisation' };

/** EU institutions and bodies, the Council's configurations, and the EU's predecessors. */
const EU_BODIES: readonly Entry[] = [
  org('Europese Rekenkamer'),
  org('Europees Openbaar Ministerie', 'EOM'),
  org('Europese Ombudsman'),
  org("Comité van de Regio's", 'CvdR'),
  org('Europees Economisch en Sociaal Comité', 'EESC'),
  org('Gerecht van de Europese Unie', 'Gerecht van eerste aanleg'),
  org('Europese Toezichthouder voor gegevensbescherming', 'EDPS'),
  org('Europees Comité voor gegevensbescherming', 'EDPB'),
  org('Europees Investeringsfonds', 'EIF'),
  org('Europees Stabiliteitsmechanisme', 'ESM'),
  org('Europees Bureau voor fraudebestrijding', 'OLAF'),
  org('Eurostat'),
  org('Gemeenschappelijk Centrum voor Onderzoek', 'JRC'),
  org('Comité van Permanente Vertegenwoordigers', 'Coreper'),
  org('Politiek en Veiligheidscomité'),
  org('Raad Justitie en Binnenlandse Zaken', 'JBZ-Raad'),
  org('Landbouw- en Visserijraad'),
  org('Raad Concurrentievermogen'),
  org('Milieuraad'),
  org('Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken', 'EPSCO-Raad', 'EPSCO'),
  org('Raad Vervoer, Telecommunicatie en Energie', 'TTE-Raad'),
  org('Raad Onderwijs, Jeugd, Cultuur en Sport', 'OJCS-Raad'),
  org('Europese Gemeenschap', 'EG', 'Europese Gemeenschappen'),
  org('Europese Economische Gemeenschap', 'EEG'),
  org('Europese Gemeenschap voor Kolen en Staal', 'EGKS'),
  org('Euratom', 'Europese Gemeenschap voor Atoomenergie'),
  org('Europese Politieke Gemeenschap', 'EPG'),
];

/** EU decentralised agencies and joint undertakings. */
const EU_AGENCIES: readonly Entry[] = [
  org('Europese Autoriteit voor voedselveiligheid', 'EFSA'),
  org('Europees Geneesmiddelenbureau', 'EMA'),
  org(
    'Agentschap van de Europese Unie voor de veiligheid van de luchtvaart',
    'EASA',
    'Europees Agentschap voor de veiligheid van de luchtvaart',
  ),
  org('Agentschap van de Europese Unie voor cyberbeveiliging', 'ENISA', 'Europees Agentschap voor netwerk- en informatiebeveiliging'),
  org('Europees Defensieagentschap', 'EDA'),
  org('Europees Milieuagentschap', 'EEA'),
  org('Europees Agentschap voor chemische stoffen', 'ECHA'),
  org('Europees Centrum voor ziektepreventie en -bestrijding', 'ECDC'),
  org('Europees Agentschap voor maritieme veiligheid', 'EMSA'),
  org('Spoorwegbureau van de Europese Unie', 'ERA', 'Europees Spoorwegbureau'),
  org('Europese Bankautoriteit', 'EBA'),
  org('Europese Autoriteit voor effecten en markten', 'ESMA'),
  org('Europese Autoriteit voor verzekeringen en bedrijfspensioenen', 'EIOPA'),
  org('Gemeenschappelijke Afwikkelingsraad', 'Single Resolution Board'),
  org('Asielagentschap van de Europese Unie', 'EUAA'),
  org('Europees Ondersteuningsbureau voor asielzaken', 'EASO'),
  org('eu-LISA'),
  org('CEPOL', 'Agentschap van de Europese Unie voor opleiding op het gebied van rechtshandhaving'),
  org('Bureau van de Europese Unie voor de grondrechten', 'FRA', 'Grondrechtenagentschap'),
  org('Europees Instituut voor gendergelijkheid', 'EIGE'),
  org('Cedefop', 'Europees Centrum voor de ontwikkeling van de beroepsopleiding'),
  org('Eurofound', 'Europese Stichting tot verbetering van de levens- en arbeidsomstandigheden'),
  org('Europees Agentschap voor veiligheid en gezondheid op het werk', 'EU-OSHA'),
  org('Europese Arbeidsautoriteit', 'ELA'),
  org('Bureau voor intellectuele eigendom van de Europese Unie', 'EUIPO'),
  org('Communautair Bureau voor plantenrassen', 'CPVO'),
  org('Satellietcentrum van de Europese Unie', 'SatCen'),
  org('Instituut voor veiligheidsstudies van de Europese Unie', 'EUISS'),
  org('Agentschap voor de samenwerking tussen energieregulators', 'ACER'),
  org('Orgaan van Europese regelgevende instanties voor elektronische communicatie', 'BEREC'),
  org('Agentschap van de Europese Unie voor het ruimtevaartprogramma', 'EUSPA'),
  org('Drugsagentschap van de Europese Unie', 'EUDA'),
  org('Europees Waarnemingscentrum voor drugs en drugsverslaving', 'EMCDDA'),
  org('Europees Bureau voor visserijcontrole', 'EFCA'),
  org('Europees Instituut voor innovatie en technologie', 'EIT'),
];

/** The United Nations' organs, programmes, funds, specialised agencies, tribunals and missions. */
const UN_BODIES: readonly Entry[] = [
  org('Algemene Vergadering van de Verenigde Naties', 'AVVN', 'Algemene Vergadering van de VN'),
  org('VN-Secretariaat', 'Secretariaat van de Verenigde Naties'),
  org('Economische en Sociale Raad', 'ECOSOC'),
  org('VN-Mensenrechtenraad', 'Mensenrechtenraad'),
  org('Hoge Commissaris voor de Mensenrechten', 'OHCHR'),
  org('UNDP', 'Ontwikkelingsprogramma van de Verenigde Naties'),
  org('UNEP', 'Milieuprogramma van de Verenigde Naties'),
  org('UNESCO'),
  org('FAO', 'Voedsel- en Landbouworganisatie'),
  org('Internationale Arbeidsorganisatie', 'ILO', 'IAO'),
  org('Wereldvoedselprogramma', 'WFP'),
  org('UNRWA'),
  org('OCHA', 'VN-Bureau voor de Coördinatie van Humanitaire Aangelegenheden'),
  org('Internationale Organisatie voor Migratie', 'IOM'),
  org('UNFPA', 'Bevolkingsfonds van de Verenigde Naties'),
  org('UN Women'),
  org('UNAIDS'),
  org('UNODC'),
  org('UNCTAD'),
  org('UNIDO'),
  org('UNOPS'),
  org('UN-Habitat'),
  org('UNFCCC', 'Raamverdrag van de Verenigde Naties inzake klimaatverandering'),
  org('IPCC', 'Intergouvernementeel Panel inzake klimaatverandering'),
  org('IFAD', 'Internationaal Fonds voor Landbouwontwikkeling'),
  org('Internationale Burgerluchtvaartorganisatie', 'ICAO'),
  org('Internationale Maritieme Organisatie', 'IMO'),
  org('Internationale Telecommunicatie-unie', 'ITU'),
  org('Wereldpostunie', 'UPU'),
  org('Wereld Meteorologische Organisatie'),
  org('Wereldorganisatie voor de intellectuele eigendom', 'WIPO'),
  org('Wereldtoerismeorganisatie', 'UNWTO'),
  org('Joegoslavië-tribunaal', 'ICTY', 'Internationaal Straftribunaal voor het voormalige Joegoslavië'),
  org('Rwanda-tribunaal', 'ICTR', 'Internationaal Straftribunaal voor Rwanda'),
  org('Internationaal Residumechanisme voor straftribunalen', 'IRMCT'),
  org('Speciaal Tribunaal voor Libanon'),
  org('Internationaal Zeerechttribunaal', 'ITLOS'),
  org('MINUSMA'),
  org('UNIFIL'),
  org('UNMISS'),
];

/** Bodies of the Raad van Europa and the OVSE. */
const EUROPEAN_BODIES: readonly Entry[] = [
  org('Parlementaire Assemblee van de Raad van Europa', 'PACE', 'PARE'),
  org('Comité van Ministers van de Raad van Europa'),
  org('Commissaris voor de Mensenrechten van de Raad van Europa'),
  org('Venetiëcommissie', 'Europese Commissie voor Democratie door Recht'),
  org('GRECO', 'Groep van Staten tegen Corruptie'),
  org('Europees Comité inzake de voorkoming van folteringen', 'CPT'),
  org('ECRI', 'Europese Commissie tegen Racisme en Intolerantie'),
  org('GRETA'),
  org('Moneyval'),
  org('ODIHR', 'Bureau voor Democratische Instellingen en Mensenrechten'),
  org('Hoge Commissaris inzake Nationale Minderheden', 'HCNM'),
];

/** Other intergovernmental organisations. */
const OTHER_BODIES: readonly Entry[] = [
  org('Benelux', 'Benelux Unie', 'Benelux Economische Unie'),
  org('Beneluxparlement', 'Raadgevende Interparlementaire Beneluxraad'),
  org('Benelux-Gerechtshof'),
  org('Beneluxbureau voor de Intellectuele Eigendom', 'BBIE'),
  org('OPCW', 'Organisatie voor het Verbod op Chemische Wapens'),
  org('CTBTO'),
  org('Interpol'),
  org('Internationaal Energieagentschap', 'IEA'),
  org('Internationaal Agentschap voor Hernieuwbare Energie', 'IRENA'),
  org('Permanent Hof van Arbitrage'),
  org('Europese Vrijhandelsassociatie', 'EVA', 'EFTA'),
  org('Europese Economische Ruimte', 'EER'),
  org('Europees Ruimteagentschap', 'ESA'),
  org('Eumetsat'),
  org('Eurocontrol'),
  org('CERN'),
  org('Europese Octrooiorganisatie'),
  org('Europees Octrooibureau', 'EOB'),
  org('Eengemaakt Octrooigerecht'),
  org('Financial Action Task Force', 'FATF'),
  org('Bank voor Internationale Betalingen', 'BIS'),
  org('Europese Bank voor Wederopbouw en Ontwikkeling', 'EBRD'),
  org('Aziatische Ontwikkelingsbank', 'ADB'),
  org('Afrikaanse Ontwikkelingsbank', 'AfDB'),
  org('Aziatische Infrastructuurinvesteringsbank', 'AIIB'),
  org('Inter-Amerikaanse Ontwikkelingsbank'),
  org('Internationale Financieringsmaatschappij', 'IFC'),
  org('Global Fund'),
  org('Gavi'),
  org('ASEAN'),
  org('Arabische Liga'),
  org('Samenwerkingsraad van de Golfstaten', 'GCC', 'Golfsamenwerkingsraad'),
  org('Organisatie van Amerikaanse Staten', 'OAS'),
  org('Mercosur'),
  org('ECOWAS'),
  org('SADC'),
  org('IGAD'),
  org('Organisatie van Islamitische Samenwerking'),
  org('OPEC'),
  org('Noordse Raad'),
  org('Arctische Raad'),
  org('Internationale Walvisvaartcommissie', 'IWC'),
  org('Unie voor het Middellandse Zeegebied'),
  org('Internationale Federatie van Rode Kruis- en Rode Halvemaanverenigingen', 'IFRC'),
  org('Noord-Atlantische Raad'),
  org('Parlementaire Assemblee van de NAVO'),
  org('EUFOR'),
  org('EULEX'),
];

/** Every international body of this file. */
export const INTERNATIONAL: readonly Entry[] = [...EU_BODIES, ...EU_AGENCIES, ...UN_BODIES, ...EUROPEAN_BODIES, ...OTHER_BODIES];
