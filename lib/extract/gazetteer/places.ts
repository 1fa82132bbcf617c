/**
 * The place lists of `data/` as gazetteer entries: municipalities with their other names, towns
 * and villages, provinces, waters, regions and places abroad, and the water boards (bodies, not
 * places). A place whose name is also an ordinary word ("Best", "Doel") is marked `wordLike`: its
 * capital proves nothing where a sentence starts.
 */
import { GEOGRAPHY } from '@/lib/extract/gazetteer/data/geography';
import { MUNICIPALITIES, MUNICIPALITY_ALIASES } from '@/lib/extract/gazetteer/data/municipalities';
import { PLACES_THAT_ARE_WORDS } from '@/lib/extract/gazetteer/data/place-words';
import { PROVINCES } from '@/lib/extract/gazetteer/data/provinces';
import { RESIDENCES } from '@/lib/extract/gazetteer/data/residences';
import { WATER_BOARDS } from '@/lib/extract/gazetteer/data/water-boards';
import type { Entry } from './entries';

/** Place entries from the lists, each name once (the first list that has it names it). */
export function placeEntries(): Entry[] {
  const words = new Set(PLACES_THAT_ARE_WORDS.map((w) => w.toLowerCase()));
  const seen = new Set<string>();
  const entries: Entry[] = [];
  const add = (listedName: string, aliases: readonly string[] = [], type: Entry['type'] = 'location') => {
    const name = articleCapitalised(listedName);
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    const entry: Entry = { name, type, aliases: aliases.map(articleCapitalised) };
    if (words.has(name.toLowerCase())) entry.wordLike = true;
    entries.push(entry);
  };
  for (const p of PROVINCES) add(p.name, p.aliases);
  for (const m of MUNICIPALITIES) add(m, MUNICIPALITY_ALIASES[m] ?? []);
  for (const place of GEOGRAPHY) add(place);
  for (const place of RESIDENCES) add(place);
  // "het waterschap Aa en Maas": in running text the kind of body is a common noun, in lower case.
  for (const board of WATER_BOARDS)
    add(board.name, [...board.aliases, ...[board.name, ...board.aliases].filter(isKindFirst).map(lowerFirst)], 'organisation');
  return entries;
}

// "de Wijk", "het Bildt" are listed with the article in lower case; in a text the name has a
// capital, and in lower case the words are no name at all ("in de wijk").
function articleCapitalised(name: string): string {
  return /^(de|het) /.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

const KIND_FIRST = /^(Waterschap|Hoogheemraadschap|Wetterskip) /;

function isKindFirst(name: string): boolean {
  return KIND_FIRST.test(name);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
