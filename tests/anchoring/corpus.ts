/**
 * The re-anchoring corpus: real publication texts, a note on a random passage of each (one word to
 * three paragraphs), a revision of the text of each kind, and the right answer. `runCorpus`
 * anchors every case as the page would (one note, no other notes to learn the drift from: the
 * hardest case) and counts, per kind of revision, the notes placed right, placed but marked
 * uncertain, left as orphans, and placed on the wrong words.
 */
import { join } from 'node:path';
import { anchorAll, describePassage, type Anchor } from '@/lib/anchor';
import type { PassageSelectors } from '@/lib/notes/note';
import { fixturePageTexts, seededRandom } from '../bench/generate';
import { paragraphSpans, type Span, sentenceSpans, wordSpans } from './edits';
import { type Pool, REVISIONS, type RevisionKind, type Revised } from './revisions';

/** One case: the text a note was written on, its selectors, the revised text and the answer. */
export interface AnchoringCase {
  kind: RevisionKind;
  source: string;
  selectors: PassageSelectors;
  revised: Revised;
}

/** How a case came out. */
export type Outcome = 'correct' | 'uncertain' | 'uncertainElsewhere' | 'orphan' | 'wrong';

/** Counts per outcome. */
export type Tally = Record<Outcome, number> & { cases: number };

const ROOT = join(import.meta.dirname, '..', 'fixtures');
/** The folders of fixture pages the corpus reads (markup a, and the bare pages of the scoring corpus). */
export const TEXT_DIRS = [join(ROOT, 'pages'), join(ROOT, 'corpus', 'dev', 'pages-c'), join(ROOT, 'corpus', 'held-out', 'pages-c')];

/** The `TextIndex` text of every page in `dirs` longer than a few lines. */
export async function fixtureTexts(dirs: readonly string[] = TEXT_DIRS): Promise<Array<{ source: string; text: string }>> {
  const out: Array<{ source: string; text: string }> = [];
  for (const dir of dirs) out.push(...(await fixturePageTexts(dir)).filter(({ text }) => text.length > 500));
  return out;
}

// Material for insertions and rewrites, from all texts.
function poolOf(texts: ReadonlyArray<{ text: string }>): Pool {
  const sentences: string[] = [];
  const paragraphs: string[] = [];
  const words = new Set<string>();
  for (const { text } of texts) {
    for (const s of sentenceSpans(text)) {
      const sentence = text.slice(s.start, s.end);
      if (sentence.length > 30 && sentence.length < 300 && /[.?!]$/.test(sentence)) sentences.push(sentence);
    }
    for (const p of paragraphSpans(text)) if (p.end - p.start > 200) paragraphs.push(text.slice(p.start, p.end));
    for (const w of text.match(/\p{L}{3,14}/gu) ?? []) if (words.size < 5000) words.add(w);
  }
  return { sentences, paragraphs, words: [...words] };
}

// A passage of one word (one in five), a few words, a sentence or so, a paragraph, or two or three paragraphs.
function passageIn(text: string, random: () => number): Span | null {
  const r = random();
  const words = wordSpans(text, 0, text.length);
  if (words.length < 50) return null;
  if (r >= 0.8) {
    const paragraphs = paragraphSpans(text).filter((p) => p.end - p.start > 40);
    const n = r >= 0.9 ? 2 + Math.floor(random() * 2) : 1;
    const i = Math.floor(random() * Math.max(1, paragraphs.length - n + 1));
    const first = paragraphs[i];
    const last = paragraphs[Math.min(paragraphs.length - 1, i + n - 1)];
    return first && last ? { start: first.start, end: last.end } : null;
  }
  const n = r < 0.2 ? 1 : r < 0.5 ? 2 + Math.floor(random() * 5) : 7 + Math.floor(random() * 34);
  const i = Math.floor(random() * (words.length - n));
  const first = words[i] as Span;
  const last = words[i + n - 1] as Span;
  // A passage of several words stays within a paragraph, as a selection of a phrase does.
  if (n > 1 && text.slice(first.start, last.end).includes('\n')) return null;
  return { start: first.start, end: last.end };
}

/** Texts joined as in a long publication (a bundle of letters, the proceedings of a day): `BUNDLE` at a time. */
export const BUNDLE = 8;

/**
 * The fixture texts and bundles of them. A single letter is a page or two; a bundle is long
 * enough that the search window around the hint no longer covers it and that the phrases letters
 * share (a minister's title, a closing formula) repeat in it.
 */
export function withBundles(texts: ReadonlyArray<{ source: string; text: string }>): Array<{ source: string; text: string }> {
  const bundles: Array<{ source: string; text: string }> = [];
  for (let i = 0; i + BUNDLE <= texts.length; i += BUNDLE / 2) {
    const part = texts.slice(i, i + BUNDLE);
    bundles.push({ source: `bundle:${part.map((t) => t.source).join('+')}`, text: part.map((t) => t.text).join('\n') });
  }
  return [...texts, ...bundles];
}

/** The corpus: `perKind` cases of every kind of revision on each text, the same ones on every run. */
export function buildCorpus(texts: ReadonlyArray<{ source: string; text: string }>, perKind: number, seed = 15): AnchoringCase[] {
  const random = seededRandom(seed);
  const pool = poolOf(texts);
  const cases: AnchoringCase[] = [];
  for (const { source, text } of withBundles(texts)) {
    for (const kind of Object.keys(REVISIONS) as RevisionKind[]) {
      let made = 0;
      for (let attempt = 0; made < perKind && attempt < perKind * 20; attempt++) {
        const passage = passageIn(text, random);
        if (!passage) continue;
        const selectors = describePassage(text, passage.start, passage.end);
        const revised = selectors && REVISIONS[kind](text, passage, random, pool);
        if (!selectors || !revised || revised.text === text) continue;
        cases.push({ kind, source, selectors, revised });
        made++;
      }
    }
  }
  return cases;
}

/** The outcome of anchoring a case at `anchor`. */
export function outcomeOf(c: AnchoringCase, anchor: Anchor | null): Outcome {
  if (!anchor) return 'orphan';
  const truth = c.revised.span;
  const right = truth !== null && anchor.start === truth.start && anchor.end === truth.end;
  if (anchor.certainty === 'uncertain') return right || truth === null ? 'uncertain' : 'uncertainElsewhere';
  return right ? 'correct' : 'wrong';
}

/** Anchors every case; counts per kind of revision and in all, and the wrong ones for inspection. */
export function runCorpus(cases: readonly AnchoringCase[]) {
  const empty = (): Tally => ({ cases: 0, correct: 0, uncertain: 0, uncertainElsewhere: 0, orphan: 0, wrong: 0 });
  const byKind = new Map<RevisionKind, Tally>();
  const all = empty();
  const wrong: Array<{ c: AnchoringCase; anchor: Anchor | null }> = [];
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const anchor = anchorAll(c.revised.text, [c.selectors])[0] ?? null;
    const outcome = outcomeOf(c, anchor);
    outcomes.push(outcome);
    const tally = byKind.get(c.kind) ?? empty();
    for (const t of [tally, all]) {
      t.cases++;
      t[outcome]++;
    }
    byKind.set(c.kind, tally);
    if (outcome === 'wrong' || (outcome === 'orphan' && c.revised.span)) wrong.push({ c, anchor });
  }
  return { byKind, all, wrong, outcomes };
}
