/**
 * The kinds of revision a publication goes through when it is served again, each made on a text
 * around a note's passage with the right answer known: where the passage is now, or that it is
 * gone (deleted or rewritten). Built from `Edit`s so the answer is computed, never guessed.
 */
import { wholeSimilarity } from '@/lib/anchor/similarity';
import { applyEdits, type Edit, paragraphSpans, type Span, sentenceSpans, wordSpans } from './edits';

/** Material taken from other texts, for insertions and rewrites. */
export interface Pool {
  sentences: readonly string[];
  paragraphs: readonly string[];
  words: readonly string[];
}

/** A revised text and where the passage is in it (null: it no longer exists). */
export interface Revised {
  text: string;
  span: Span | null;
}

type Random = () => number;
type Revise = (text: string, passage: Span, random: Random, pool: Pool) => Revised | null;

const pick = <T>(list: readonly T[], random: Random): T | undefined => list[Math.floor(random() * list.length)];
const before = (spans: Span[], passage: Span) => spans.filter((s) => s.end < passage.start);
const notTouching = (spans: Span[], passage: Span) => spans.filter((s) => s.end < passage.start || s.start > passage.end);
const edit = (text: string, edits: Edit[], passage: Span): Revised => applyEdits(text, edits, passage);

// One letter changed as a typo fix would: two swapped, one dropped, doubled or replaced (not at
// the passage's edges, where the right answer would be ambiguous).
const typo: Revise = (text, passage, random) => {
  const letters: number[] = [];
  for (let i = passage.start + 2; i < passage.end - 3; i++)
    if (/\p{L}/u.test(text[i] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) letters.push(i);
  const at = pick(letters, random);
  if (at === undefined || passage.end - passage.start < 5) return null;
  const a = text[at] as string;
  const b = text[at + 1] as string;
  const how = Math.floor(random() * 4);
  const insert = how === 0 ? b + a : how === 1 ? b : how === 2 ? a + a + b : (a === 'e' ? 'a' : 'e') + b;
  if (insert === a + b) return null;
  return edit(text, [{ start: at, end: at + 2, insert }], passage);
};

// One to three words put in between two words of the passage.
const wordsInserted: Revise = (text, passage, random, pool) => {
  const words = wordSpans(text, passage.start, passage.end);
  if (words.length < 2) return null;
  const after = words[1 + Math.floor(random() * (words.length - 1))] as Span;
  const n = 1 + Math.floor(random() * 3);
  const inserted = Array.from({ length: n }, () => pick(pool.words, random) ?? 'nu').join(' ');
  return edit(text, [{ start: after.start, end: after.start, insert: `${inserted} ` }], passage);
};

// One or two words taken out of the passage (not its first or last).
const wordsRemoved: Revise = (text, passage, random) => {
  const words = wordSpans(text, passage.start, passage.end);
  if (words.length < 5) return null;
  const i = 1 + Math.floor(random() * (words.length - 3));
  const n = random() < 0.5 ? 1 : 2;
  const first = words[i] as Span;
  const next = words[i + n] as Span;
  return edit(text, [{ start: first.start, end: next.start, insert: '' }], passage);
};

// A sentence inserted before the passage: at a sentence's start, or (one in four) right against it.
const sentenceInserted: Revise = (text, passage, random, pool) => {
  const sentence = `${pick(pool.sentences, random) ?? 'Zie de bijlage.'} `;
  const at = random() < 0.25 ? passage.start : (pick(before(sentenceSpans(text), passage), random)?.start ?? passage.start);
  return edit(text, [{ start: at, end: at, insert: sentence }], passage);
};

// One to four paragraphs inserted at a paragraph's start before the passage (four can carry it past the search window).
const paragraphsInserted: Revise = (text, passage, random, pool) => {
  const n = 1 + Math.floor(random() * 4);
  const inserted = Array.from({ length: n }, () => `${pick(pool.paragraphs, random) ?? ''}\n`).join('');
  const at = pick(before(paragraphSpans(text), passage), random)?.start ?? 0;
  return edit(text, [{ start: at, end: at, insert: inserted }], passage);
};

// A sentence before the passage deleted.
const sentenceDeleted: Revise = (text, passage, random) => {
  const s = pick(before(sentenceSpans(text), passage), random);
  if (!s) return null;
  const end = text[s.end] === ' ' ? s.end + 1 : s.end;
  return edit(text, [{ start: s.start, end: Math.min(end, passage.start), insert: '' }], passage);
};

// One to three paragraphs before the passage deleted.
const paragraphsDeleted: Revise = (text, passage, random) => {
  const paragraphs = before(paragraphSpans(text), passage);
  if (!paragraphs.length) return null;
  const n = 1 + Math.floor(random() * 3);
  const i = Math.floor(random() * paragraphs.length);
  const last = paragraphs[Math.min(paragraphs.length - 1, i + n - 1)] as Span;
  return edit(text, [{ start: (paragraphs[i] as Span).start, end: Math.min(last.end + 1, passage.start), insert: '' }], passage);
};

// A paragraph before the passage moved after it, or one after it moved before it.
const paragraphMoved: Revise = (text, passage, random) => {
  const paragraphs = notTouching(paragraphSpans(text), passage);
  const moved = pick(paragraphs, random);
  if (!moved) return null;
  const words = text.slice(moved.start, moved.end);
  const targets = paragraphs.filter((p) => (moved.end < passage.start ? p.start > passage.end : p.end < passage.start));
  const to = pick(targets, random);
  if (!to) return null;
  return edit(
    text,
    [
      { start: moved.start, end: moved.end + 1, insert: '' },
      { start: to.start, end: to.start, insert: `${words}\n` },
    ],
    passage,
  );
};

// The passage's words deleted.
const passageDeleted: Revise = (text, passage) => {
  const end = text[passage.end] === ' ' ? passage.end + 1 : passage.end;
  return { text: text.slice(0, passage.start) + text.slice(end), span: null };
};

// The sentences (or lines) that hold the passage deleted, so its context goes too.
const sentencesDeleted: Revise = (text, passage) => {
  const around = sentenceSpans(text).filter((s) => s.end >= passage.start && s.start <= passage.end);
  const start = Math.min(passage.start, ...around.map((s) => s.start));
  let end = Math.max(passage.end, ...around.map((s) => s.end));
  if (text[end] === ' ' || text[end] === '\n') end++;
  return { text: text.slice(0, start) + text.slice(end), span: null };
};

// The passage rewritten: about two words in three replaced by others, so the words the note hung on are gone.
const passageRewritten: Revise = (text, passage, random, pool) => {
  const words = text.slice(passage.start, passage.end).split(' ');
  // Another word, not one a typo away (a corrected typo is the `typo` revision).
  const other = (w: string) => {
    const from = Math.floor(random() * pool.words.length);
    return pool.words.find((x, i) => i >= from && wholeSimilarity(x, w) < 0.5) ?? 'anders';
  };
  const out = words.map((w, i) => (i % 3 === 0 && words.length > 2 ? w : other(w)));
  if (words.length < 2) out[0] = other(words[0] ?? '');
  const rewritten = out.join(' ');
  if (rewritten === words.join(' ')) return null;
  return { text: text.slice(0, passage.start) + rewritten + text.slice(passage.end), span: null };
};

// The passage's words repeated thirty times elsewhere (boilerplate), each in a sentence of its own.
const boilerplate: Revise = (text, passage, random) => {
  const quote = text.slice(passage.start, passage.end);
  if (quote.length > 200) return null;
  const starts = notTouching(sentenceSpans(text), passage);
  const edits: Edit[] = [];
  const used = new Set<number>();
  for (let i = 0; i < 30 && starts.length; i++) {
    const s = pick(starts, random) as Span;
    if (used.has(s.start)) continue;
    used.add(s.start);
    edits.push({ start: s.start, end: s.start, insert: `Zo meldt ${quote} het. ` });
  }
  return edit(text, edits, passage);
};

// White space changed by new markup: one space in eight becomes a line break, one line break in three a space.
const whiteSpace: Revise = (text, passage, random) => {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' && random() < 0.125) edits.push({ start: i, end: i + 1, insert: '\n' });
    else if (c === '\n' && random() < 0.33) edits.push({ start: i, end: i + 1, insert: ' ' });
  }
  return edit(text, edits, passage);
};

// Markup that became text: footnote numbers after some words, numbered paragraphs (not the one
// the passage starts at: whether its new number belongs to the passage is anyone's guess).
const markup: Revise = (text, passage, random) => {
  const edits: Edit[] = [];
  let note = 1;
  for (const w of wordSpans(text, 0, text.length)) {
    const glued = w.end === passage.end; // whether a number glued to the passage's last word belongs to it is anyone's guess
    if (!glued && random() < 0.02 && /\p{L}$/u.test(text.slice(w.start, w.end)))
      edits.push({ start: w.end, end: w.end, insert: String(note++) });
  }
  for (const [i, p] of paragraphSpans(text).entries()) {
    if (random() < 0.3 && p.start !== passage.start && !edits.some((e) => e.start === p.start))
      edits.push({ start: p.start, end: p.start, insert: `${i + 1}. ` });
  }
  return edit(text, edits, passage);
};

/** Every kind of revision, by name. */
export const REVISIONS = {
  typo,
  'words-inserted': wordsInserted,
  'words-removed': wordsRemoved,
  'sentence-inserted': sentenceInserted,
  'paragraphs-inserted': paragraphsInserted,
  'sentence-deleted': sentenceDeleted,
  'paragraphs-deleted': paragraphsDeleted,
  'paragraph-moved': paragraphMoved,
  'passage-deleted': passageDeleted,
  'sentences-deleted': sentencesDeleted,
  'passage-rewritten': passageRewritten,
  boilerplate,
  'white-space': whiteSpace,
  markup,
} satisfies Record<string, Revise>;

/** A kind of revision. */
export type RevisionKind = keyof typeof REVISIONS;
