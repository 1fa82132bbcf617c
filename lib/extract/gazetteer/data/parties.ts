/**
 * Political parties and parliamentary groups that held seats in the Tweede or Eerste Kamer at
 * any time since 1945 and are not already in entries.ts' PARTIES, with their abbreviations
 * and full names as aliases. Groups that split off during a term ("Groep Wilders",
 * "Fractie-Den Haan") are listed under the name the Kamer used for them; a group that later
 * founded a party is an alias of that party. Entries whose name or alias is also an ordinary
 * word or a common abbreviation ("CD", "CP", "BP", "De Groenen", "Trots op Nederland") are
 * `partyOnly`.
 *
 * Sources, as of mid-2025 (written in December 2026, but from knowledge and sources that
 * mostly run to mid-2025: changes after that, such as those following the October 2025
 * Tweede Kamer elections, are not covered unless noted):
 * - The parties: written from knowledge of the election results since 1946 (Kiesraad,
 *   Parlement.com), checked for the recent groups against: Montesquieu Instituut "En dat is
 *   twintig..." (28 March 2022: Fractie-Den Haan, Groep Van Haga, Omtzigt, Gündoğan) and
 *   "Hé, een nieuwe fractie" (13 May 2021); Montesquieu Instituut on the 2003–2006 splits (Wilders,
 *   Van Schijndel; Nawijn, Van Oudenallen, Van As, Eerdmans from the LPF).
 * - Eerste Kamer groups: Parlement.com "Afsplitsingen in de Eerste Kamer" (Fractie-Otten 2019,
 *   Fractie-Van Pareren later Fractie-Nanninga 2020, Fractie-Frentrop 2022) and DNPP
 *   "Partijafsplitsingen in de Eerste Kamer (vanaf 1946)" (Groep-Maris 1978, Groep-Hendriks
 *   1995, Groep-Batenburg 1998, Groep-Yildirim 2007, Groep-De Lange 2015, Groep-Duthler 2019);
 *   the groups since 2023 (OPNL, Fractie-Walenkamp, Fractie-Van de Sanden, Fractie-Beukering,
 *   Fractie-Visseren-Hamakers) from a 2025 news report on the 19 Senate groups.
 *
 * - From knowledge only, not checked: the 2012–2017 groups (Brinkman, Kortenoeven/Hernandez,
 *   Bontes/Van Klaveren, Kuzu/Öztürk, Houwers, Klein, Van Vliet, Monasch), Groep Lazrak,
 *   Groep Eerdmans/Van Schijndel (EénNL), Groep Verdonk (Trots op Nederland), Groep Krol and
 *   Fractie Van Kooten-Arissen (2019–2021), and the parties before 1963.
 *
 * Left out: one-member groups in the Tweede Kamer before 2003 other than those below, and "Binding Rechts"
 * (a 1960s Boerenpartij split whose name could not be confirmed) (the
 * Kamer counted about sixty splits since 1945); the regional parties inside the OSF/OPNL
 * (only the joint group is listed); parties that stood but never won a seat.
 */
import type { Entry } from '@/lib/extract/gazetteer/entries';

const party = (name: string, aliases: readonly string[] = [], partyOnly = false): Entry => ({
  name,
  type: 'organisation',
  ...(aliases.length > 0 ? { aliases } : {}),
  ...(partyOnly ? { partyOnly: true } : {}),
});

/** Parties and groups with seats since 1945, oldest first. */
export const PARTIES_SINCE_1945: readonly Entry[] = [
  // Until the 1946 mergers (seats in the 1945–1946 Kamers)
  party('SDAP', ['Sociaal-Democratische Arbeiderspartij']),
  party('VDB', ['Vrijzinnig-Democratische Bond']),
  party('CDU', ['Christelijk-Democratische Unie']),
  party('RKSP', ['Rooms-Katholieke Staatspartij']),
  party('Liberale Staatspartij', ['LSP', 'De Vrijheidsbond']),
  party('Partij van de Vrijheid', ['PvdV']),

  // Confessional parties until the CDA (1980)
  party('KVP', ['Katholieke Volkspartij']),
  party('ARP', ['Anti-Revolutionaire Partij']),
  party('CHU', ['Christelijk-Historische Unie']),
  party('Katholieke Nationale Partij', ['KNP']),
  party('RKPN', ['Rooms-Katholieke Partij Nederland']),

  // Left
  party('CPN', ['Communistische Partij van Nederland', 'Communistische Partij Nederland']),
  party('PSP', ['Pacifistisch Socialistische Partij']),
  party('PPR', ['Politieke Partij Radikalen']),
  party('EVP', ['Evangelische Volkspartij']),
  party("DS'70", ['DS70', "Democratisch Socialisten '70", 'Democratisch-Socialisten 1970']),
  party('De Groenen', [], true),

  // Protestant small parties until the ChristenUnie (2000)
  party('GPV', ['Gereformeerd Politiek Verbond']),
  party('RPF', ['Reformatorische Politieke Federatie']),

  // Right and protest parties
  party('Boerenpartij', ['BP'], true),
  party('Nederlandse Middenstands Partij', ['NMP']),
  party('Centrumpartij', ['CP'], true),
  party('Centrumdemocraten', ['CD'], true),
  party('Algemeen Ouderen Verbond', ['AOV']),
  party('Unie 55+', ['Unie 55 Plus']),
  party('Lijst Pim Fortuyn', ['LPF']),
  party('Leefbaar Nederland', ['LN'], true),
  party('Trots op Nederland', ['TON', 'Groep Verdonk', 'Groep-Verdonk'], true),
  party('EénNL', ['Eén NL', 'Groep Eerdmans/Van Schijndel']),
  party('VoorNederland', ['VNL', 'Groep Bontes/Van Klaveren', 'Groep-Bontes/Van Klaveren']),
  party('Vrijzinnige Partij', ['Groep Klein', 'Groep-Klein']),
  party('Partij voor de Toekomst', ['PvdT', 'Groep Krol', 'Groep-Krol', 'Groep Krol/Van Kooten-Arissen']),
  party('Belang van Nederland', ['BVNL', 'Groep Van Haga', 'Groep-Van Haga']),

  // Eerste Kamer
  party('Onafhankelijke Senaatsfractie', ['OSF']),
  party('Onafhankelijke Politiek Nederland', ['OPNL']),

  // Groups split off in the Tweede Kamer
  party('Groep Wilders', ['Groep-Wilders']),
  party('Groep Lazrak', ['Groep-Lazrak']),
  party('Groep Nawijn', ['Groep-Nawijn']),
  party('Groep Van Oudenallen', ['Groep-Van Oudenallen']),
  party('Groep Brinkman', ['Groep-Brinkman']),
  party('Groep Kortenoeven/Hernandez', ['Groep-Kortenoeven/Hernandez']),
  party('Groep Kuzu/Öztürk', ['Groep-Kuzu/Öztürk']),
  party('Groep Houwers', ['Groep-Houwers']),
  party('Groep Van Vliet', ['Groep-Van Vliet']),
  party('Groep Monasch', ['Groep-Monasch']),
  party('Fractie Van Kooten-Arissen', ['Fractie-Van Kooten-Arissen', 'Groep Van Kooten-Arissen']),
  party('Fractie Den Haan', ['Fractie-Den Haan']),
  party('Lid Omtzigt', ['Groep Omtzigt', 'Groep-Omtzigt']),
  party('Fractie Gündoğan', ['Fractie-Gündoğan', 'Lid Gündoğan']),
  party('Lid Ephraim', ['Groep Ephraim']),

  // Groups split off in the Eerste Kamer
  party('Groep-Maris', ['Groep Maris']),
  party('Fractie-Hendriks', ['Groep-Hendriks']),
  party('Groep-Batenburg', ['Groep Batenburg']),
  party('Groep-Yildirim', ['Groep Yildirim']),
  party('Groep-De Lange', ['Groep De Lange']),
  party('Groep-Duthler', ['Groep Duthler']),
  party('Fractie-Otten', ['Groep-Otten', 'Groep Otten']),
  party('Fractie-Nanninga', ['Fractie-Van Pareren']),
  party('Fractie-Frentrop'),
  party('Fractie-Walenkamp'),
  party('Fractie-Van de Sanden'),
  party('Fractie-Beukering'),
  party('Fractie-Visseren-Hamakers'),
];
