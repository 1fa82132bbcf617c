/**
 * Countries by their Dutch names from `Intl.DisplayNames(['nl'], {type: 'region'})` — present in
 * every current browser and Node — with the codes that are not countries removed, plus the
 * adjectives that name a country ("Azerbeidzjaanse" → Azerbeidzjan), which the browser does not give.
 */

// ISO 3166 codes of countries and territories; regions (UN, EU, QO, EZ, numeric) are not listed.
const CODES = [
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN',
  'CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT',
  'HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME',
  'MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU',
  'RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ',
  'VA VC VE VN VU WS XK YE ZA ZM ZW AW CW SX BQ PS GL PR HK',
].join(' ');

/** Dutch country names from the platform, by ISO code. */
export function countryNames(): Map<string, string> {
  const names = new Map<string, string>();
  let display: Intl.DisplayNames | null = null;
  try {
    display = new Intl.DisplayNames(['nl'], { type: 'region' });
  } catch {
    display = null; // no ICU data: the fallback names below still apply
  }
  for (const code of CODES.split(' ')) {
    const name = display?.of(code);
    if (name && name !== code) names.set(code, name.replace(/ SAR van China$/, ''));
  }
  return names;
}

/** Other names of countries used in Dutch official texts, and the adjective's stem for each. */
export const COUNTRY_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  Armenië: ['Armenie'],
  Oekraïne: ['Oekraine', 'de Oekraïne'],
  'Verenigde Staten': ['VS', 'Verenigde Staten van Amerika', 'Amerika'],
  'Verenigd Koninkrijk': ['VK', 'Groot-Brittannië'],
  Nederland: ['NL'],
  Duitsland: ['Bondsrepubliek Duitsland'],
  België: ['Koninkrijk België'],
  Belarus: ['Wit-Rusland'],
  Tsjechië: ['Tsjechische Republiek'],
  'Noord-Macedonië': ['Macedonië'],
  Turkije: ['Türkiye'],
  Ivoorkust: ["Côte d'Ivoire"],
  'Palestijnse gebieden': ['Palestina'],
};

/** Adjectives (in their -e form) that name a country. The -e-less form is derived. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Nederlandse: 'Nederland',
  Azerbeidzjaanse: 'Azerbeidzjan',
  Armeense: 'Armenië',
  Russische: 'Rusland',
  Oekraïense: 'Oekraïne',
  Oekraiense: 'Oekraïne',
  'Wit-Russische': 'Belarus',
  Belarussische: 'Belarus',
  Duitse: 'Duitsland',
  Franse: 'Frankrijk',
  Belgische: 'België',
  Britse: 'Verenigd Koninkrijk',
  Amerikaanse: 'Verenigde Staten',
  Chinese: 'China',
  Turkse: 'Turkije',
  Iraanse: 'Iran',
  Irakese: 'Irak',
  Syrische: 'Syrië',
  Israëlische: 'Israël',
  Egyptische: 'Egypte',
  Poolse: 'Polen',
  Italiaanse: 'Italië',
  Spaanse: 'Spanje',
  Portugese: 'Portugal',
  Griekse: 'Griekenland',
  Zweedse: 'Zweden',
  Noorse: 'Noorwegen',
  Deense: 'Denemarken',
  Finse: 'Finland',
  Estse: 'Estland',
  Letse: 'Letland',
  Litouwse: 'Litouwen',
  Hongaarse: 'Hongarije',
  Roemeense: 'Roemenië',
  Bulgaarse: 'Bulgarije',
  Servische: 'Servië',
  Kroatische: 'Kroatië',
  Georgische: 'Georgië',
  Moldavische: 'Moldavië',
  Afghaanse: 'Afghanistan',
  Pakistaanse: 'Pakistan',
  Indiase: 'India',
  Japanse: 'Japan',
  'Zuid-Koreaanse': 'Zuid-Korea',
  'Noord-Koreaanse': 'Noord-Korea',
  Venezolaanse: 'Venezuela',
  Ethiopische: 'Ethiopië',
  Marokkaanse: 'Marokko',
  Libische: 'Libië',
  Tunesische: 'Tunesië',
  Algerijnse: 'Algerije',
  Surinaamse: 'Suriname',
  Arubaanse: 'Aruba',
  Curaçaose: 'Curaçao',
  Canadese: 'Canada',
  Mexicaanse: 'Mexico',
  Braziliaanse: 'Brazilië',
  Argentijnse: 'Argentinië',
  Australische: 'Australië',
  Ierse: 'Ierland',
  Oostenrijkse: 'Oostenrijk',
  Zwitserse: 'Zwitserland',
  Tsjechische: 'Tsjechië',
  Slowaakse: 'Slowakije',
  Sloveense: 'Slovenië',
  Montenegrijnse: 'Montenegro',
  Bosnische: 'Bosnië en Herzegovina',
  Kosovaarse: 'Kosovo',
  Albanese: 'Albanië',
  Cypriotische: 'Cyprus',
  Maltese: 'Malta',
  Luxemburgse: 'Luxemburg',
  Saoedische: 'Saoedi-Arabië',
  Qatarese: 'Qatar',
  Jemenitische: 'Jemen',
  Libanese: 'Libanon',
  Jordaanse: 'Jordanië',
  Soedanese: 'Soedan',
  Somalische: 'Somalië',
  Nigeriaanse: 'Nigeria',
  Malinese: 'Mali',
  Nigerese: 'Niger',
  Kazachse: 'Kazachstan',
  Oezbeekse: 'Oezbekistan',
  Taiwanese: 'Taiwan',
  Vietnamese: 'Vietnam',
  Indonesische: 'Indonesië',
  Colombiaanse: 'Colombia',
  Peruaanse: 'Peru',
  Cubaanse: 'Cuba',
  Keniaanse: 'Kenia',
  'Zuid-Afrikaanse': 'Zuid-Afrika',
  Congolese: 'Congo-Kinshasa',
  Rwandese: 'Rwanda',
  Burundese: 'Burundi',
  Ugandese: 'Oeganda',
  Eritrese: 'Eritrea',
};
