/**
 * References: every citation of another publication in the text, resolved to a site id and URL
 * where one can be formed (EXTRACTION.md "Events and references", GUIDELINES.md "references").
 * Each pattern of `citation-patterns.ts` is scanned once; the candidates are sorted, overlaps
 * resolved in one sweep (earliest, then longest wins), and repeats of a target dropped. Linear in
 * the text apart from sorting the (few) candidates.
 */
import type { Reference } from '@/lib/model/report';
import { chamberCode, kamerstukId, publicationUrl, suffixPart, vergaderjaarKey } from './citation-ids';
import { PatternScan } from './pattern-scan';
import {
  GAZETTE,
  GAZETTE_PREFIX,
  GLUED_TO_DOSSIER,
  GLUED_TO_ID,
  GLUED_TO_NAME,
  HANDELINGEN,
  HYPHEN_ID,
  ID_CUE,
  KAMERSTUK,
  KAMERSTUK_START,
  LIST_GAP,
  MORE_NUMBER,
  SITE_ID,
} from './citation-patterns';

/** How `findReferences` treats a publication cited more than once. */
export interface ReferenceOptions {
  /**
   * Keep every occurrence (for highlighting) instead of the first one per target. Default false:
   * the report lists each cited publication once, like the truth files.
   */
  repeats?: boolean;
}

// One reference inside a candidate (a citation "nrs. 520 en 548" holds two).
interface Item {
  start: number;
  end: number;
  target: string | null;
}

// A citation found by one pattern: its whole span and what it cites.
interface Candidate {
  start: number;
  end: number;
  items: Item[];
}

/** Finds the citations in `text`, in text order: Kamerstukken, Handelingen, gazettes, site ids. */
export function findReferences(text: string, options: ReferenceOptions = {}): Reference[] {
  const finder = createReferenceFinder();
  finder.advance(text, text.length);
  return finder.finish(text, options);
}

/**
 * Citations read as the text arrives, line by line: no citation runs over a line break, so the
 * patterns can be scanned over the complete lines so far and resumed at the next one; the overlaps
 * and repeats are settled at the end. The same references `findReferences` gives.
 */
export interface ReferenceFinder {
  /** Scans text[done, end): `end` is the text's length or the offset just after a line break. */
  advance(text: string, end: number): void;
  /** Scans the rest of the (complete) text and gives the references. */
  finish(text: string, options?: ReferenceOptions): Reference[];
}

/** A finder for a text that may still grow. */
export function createReferenceFinder(): ReferenceFinder {
  const kamerstukken: Candidate[] = [];
  const handelingen: Candidate[] = [];
  const gazettes: Candidate[] = [];
  const siteIds: Candidate[] = [];
  const hyphenIds: HyphenId[] = [];
  const scans = {
    kamerstukken: new PatternScan(KAMERSTUK_START),
    handelingen: new PatternScan(HANDELINGEN),
    gazettes: new PatternScan(GAZETTE),
    siteIds: new PatternScan(SITE_ID),
    hyphenIds: new PatternScan(HYPHEN_ID),
  };
  let done = 0;
  const advance = (text: string, end: number) => {
    if (end <= done) return;
    append(kamerstukken, scanKamerstukken(text, scans.kamerstukken, end));
    append(handelingen, scanHandelingen(text, scans.handelingen, end));
    append(gazettes, scanGazettes(text, scans.gazettes, end));
    append(siteIds, scanSiteIds(text, scans.siteIds, end));
    append(hyphenIds, findHyphenIds(text, scans.hyphenIds, end));
    done = end;
  };
  return {
    advance,
    finish(text, options = {}) {
      advance(text, text.length);
      const others = [...kamerstukken, ...handelingen, ...gazettes, ...siteIds].sort((a, b) => a.start - b.start);
      return settle(text, [...others, ...keptHyphenIds(text, hyphenIds, others, options.repeats === true)], options);
    },
  };
}

// Adds `items` to `into` one by one: `push(...items)` makes each item an argument of one call, and
// a text of 200,000 citations has more than a call can take (a RangeError, and no citations at all).
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

// The candidates of all patterns in text order, overlaps resolved (earliest, then longest wins),
// repeats of a target dropped unless asked for.
function settle(text: string, candidates: Candidate[], options: ReferenceOptions): Reference[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const references: Reference[] = [];
  const seen = new Set<string>();
  let reach = 0;
  for (const candidate of candidates) {
    if (candidate.start < reach) continue; // overlaps a citation already taken
    reach = candidate.end;
    for (const item of candidate.items) {
      // A publication cited before: nothing to read (a motion list cites hundreds again).
      if (!options.repeats && item.target !== null && seen.has(item.target)) continue;
      const printed = text.slice(item.start, item.end);
      const key = item.target ?? `text:${printed.replace(/\s+/g, ' ')}`;
      if (!options.repeats && seen.has(key)) continue;
      seen.add(key);
      references.push({
        text: printed,
        target: item.target,
        url: item.target ? publicationUrl(item.target) : null,
        mention: { start: item.start, end: item.end, text: printed },
      });
    }
  }
  return references;
}

// Runs a global pattern's scan on to `to` (matches starting before it), handing each match to
// `read`. A rejected match is tried again one position further, so a citation inside it is still
// found; matches are short, so this stays linear.
function scan(search: PatternScan, text: string, to: number, read: (m: RegExpExecArray) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (let m = search.take(text, to); m; m = search.take(text, to)) {
    const candidate = read(m);
    if (candidate) {
      out.push(candidate);
      search.pass();
    } else search.resume(m.index + 1);
  }
  return out;
}

// As `scan`, for a sticky pattern tried only where the global start pattern (`starts`) finds a start.
function scanAt(
  starts: PatternScan,
  pattern: RegExp,
  text: string,
  to: number,
  read: (m: RegExpExecArray) => Candidate | null,
): Candidate[] {
  const out: Candidate[] = [];
  for (let s = starts.take(text, to); s; s = starts.take(text, to)) {
    pattern.lastIndex = s.index;
    const m = pattern.exec(text);
    const candidate = m ? read(m) : null;
    if (m && candidate) {
      out.push(candidate);
      starts.resume(Math.max(candidate.end, s.index + 1));
    } else starts.resume(s.index + 1);
  }
  return out;
}

// Whether a bare number ending at `i` closes a list of numbers: what follows is no word, or the
// list goes on (" en 7", " en nr. 7").
const LIST_GOES_ON = /(?![ \u00a0\u2007\u2009\u202f]*\p{L})|[ \u00a0\u2007\u2009\u202f](?:en|&)[ \u00a0\u2007\u2009\u202f](?:\d|[Nn]r)/uy;
function listContinues(text: string, i: number): boolean {
  LIST_GOES_ON.lastIndex = i;
  return LIST_GOES_ON.test(text);
}

// Whether the character (code point) before offset `i` is one of `glue`.
function gluedBefore(text: string, i: number, glue: RegExp): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2;
  return glue.test(pair ? text.slice(i - 2, i) : text.charAt(i - 1));
}

function scanKamerstukken(text: string, starts: PatternScan, to: number): Candidate[] {
  return scanAt(starts, KAMERSTUK, text, to, (m) => {
    const g = m.groups ?? {};
    const explicit = g.prefix !== undefined;
    const dossier = g.dossier ?? '';
    // Without "Kamerstuk" a citation reads "nr." (a heading reads "Nr. 9") and never a bare letter.
    if (!explicit && (g.letter !== undefined || /^N/.test(g.kw ?? '') || gluedBefore(text, m.index, GLUED_TO_DOSSIER))) return null;
    const suffix = suffixPart(g.suffix);
    const idOf = (n: string) => (g.rijkswet ? null : kamerstukId(dossier, suffix, n));
    const start = m.index;
    let end = m.index + m[0].length;
    const first = g.num ?? g.letter ?? g.lettered ?? '';
    const items: Item[] = [{ start, end, target: idOf(first) }];
    // More numbers: "nrs. 520, 530 en 548" after a plural; "nr. 2 en nr. 7"; "nr. 2535 en 2540)" —
    // but not "nr. 2 en 3 juni" (a bare number after a singular must not be followed by a word).
    const plural = /s\.?$/.test(g.kw ?? '');
    MORE_NUMBER.lastIndex = end;
    for (let more = MORE_NUMBER.exec(text); more; more = MORE_NUMBER.exec(text)) {
      const mg = more.groups ?? {};
      if (!plural && !mg.kw && !(/^\s*(?:en|&)/.test(more[0]) && listContinues(text, more.index + more[0].length))) break;
      const itemEnd = more.index + more[0].length;
      items.push({ start: itemEnd - (mg.item ?? '').length, end: itemEnd, target: idOf(mg.num ?? '') });
      end = itemEnd;
      MORE_NUMBER.lastIndex = end;
    }
    return { start, end, items };
  });
}

function scanHandelingen(text: string, search: PatternScan, to: number): Candidate[] {
  return scan(search, text, to, (m) => {
    const g = m.groups ?? {};
    // A number needs "nr." or an item after it: "Handelingen II 1998/99, 26 387, nr. 1" is a Kamerstuk.
    if (g.nr !== undefined && g.kw === undefined && g.item === undefined) return null;
    if (g.nr === undefined && g.page === undefined) return null;
    const year = vergaderjaarKey(g.y1 ?? '', g.y2);
    const chamber = chamberCode(g.chamber);
    let target: string | null = null;
    if (year && g.nr !== undefined) {
      if (g.aanhangsel !== undefined) target = `ah-${chamber}-${year}-${g.nr}`;
      else if (g.item !== undefined) target = `h-${chamber}-${year}-${g.nr}-${g.item}`;
    }
    const end = m.index + m[0].length;
    return { start: m.index, end, items: [{ start: m.index, end, target }] };
  });
}

function scanGazettes(text: string, search: PatternScan, to: number): Candidate[] {
  return scan(search, text, to, (m) => {
    const g = m.groups ?? {};
    if (gluedBefore(text, m.index, GLUED_TO_NAME)) return null;
    const prefix = GAZETTE_PREFIX[(g.name ?? '').replace(/\s+/g, ' ').toLowerCase()];
    if (!prefix) return null;
    const end = m.index + m[0].length;
    return { start: m.index, end, items: [{ start: m.index, end, target: `${prefix}-${g.year}-${g.num}` }] };
  });
}

function scanSiteIds(text: string, search: PatternScan, to: number): Candidate[] {
  return scan(search, text, to, (m) => {
    if (gluedBefore(text, m.index, GLUED_TO_ID)) return null;
    const end = m.index + m[0].length;
    return { start: m.index, end, items: [{ start: m.index, end, target: m.groups?.id ?? null }] };
  });
}

// A motion id as found, before the list and the cue decide whether a two-part one counts.
interface HyphenId {
  start: number;
  end: number;
  spaced: boolean;
  target: string;
  ok: boolean;
}

// Motion ids ("35570-XIV-46; 21501-32-1188; 35925-32") starting before `to`, where the scan stood.
// One glued to what stands before it ("1.21501-20") is tried again one position further.
function findHyphenIds(text: string, search: PatternScan, to: number): HyphenId[] {
  const found: HyphenId[] = [];
  for (let m = search.take(text, to); m; m = search.take(text, to)) {
    const start = m.index;
    if (gluedBefore(text, start, GLUED_TO_DOSSIER)) {
      search.resume(start + 1);
      continue;
    }
    search.pass();
    const dossier = m[1] ?? '';
    const middle = m[2];
    const spaced = dossier.length > 5; // "21 501", "21\u00a0501": a space inside
    found.push({
      start,
      end: start + m[0].length,
      spaced,
      target: kamerstukId(dossier, suffixPart(middle), m[3] ?? ''),
      ok: middle !== undefined,
    });
  }
  return found;
}

// The motion ids that count: a three-part id stands on its own; a two-part one ("35925-32") needs
// a cue before it ("motie", "Kamerstuk") or a neighbour in a list, and never has a spaced dossier
// ("21 501-20" is how a dossier with its sub-number is printed).
// Without `repeats`, an id that no other citation overlaps (`others`, sorted by start) is taken by
// `settle` whatever comes before it (the ids never overlap each other): once one such id of a
// publication is kept, the later ones of it would change nothing there and are left out now — a
// motion list cites hundreds of publications again and again (docs/performance.md).
function keptHyphenIds(text: string, found: HyphenId[], others: readonly Candidate[], repeats: boolean): Candidate[] {
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1];
    const cur = found[i];
    if (!prev || !cur || cur.start - prev.end > 5 || !listGap(text, prev.end, cur.start)) continue;
    if (!prev.spaced) prev.ok = true;
    if (!cur.spaced) cur.ok = true;
  }
  const kept: Candidate[] = [];
  const clean = new Set<string>(); // the targets of ids kept with no other citation over them
  let o = 0;
  let reach = -1; // the furthest end of the other citations that start before the id's end
  for (const f of found) {
    if (!f.ok && !f.spaced) f.ok = ID_CUE.test(text.slice(Math.max(0, f.start - 40), f.start));
    if (!f.ok) continue;
    for (; o < others.length && (others[o] as Candidate).start < f.end; o++) reach = Math.max(reach, (others[o] as Candidate).end);
    if (!repeats && reach <= f.start) {
      if (clean.has(f.target)) continue;
      clean.add(f.target);
    }
    kept.push({ start: f.start, end: f.end, items: [{ start: f.start, end: f.end, target: f.target }] });
  }
  return kept;
}

// Whether text[from, to) is all a LIST_GAP (read in place: a motion list has thousands of gaps).
function listGap(text: string, from: number, to: number): boolean {
  LIST_GAP.lastIndex = from;
  return LIST_GAP.test(text) && LIST_GAP.lastIndex === to;
}
