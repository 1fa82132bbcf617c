/**
 * `npm run bench` (notes): re-anchoring 1,000 notes on a 1 MB page in one pass (issue 5, "Speed").
 *
 * The text is the extraction benchmark's 1 MB text (generate.ts: fixture paragraphs shuffled
 * round after round, so every paragraph occurs several times — repeats with the same context, the
 * hard case for anchoring). It is cut into 1,000 slots; in each a passage of a few words to a few
 * sentences is described with `describePassage`. The text is then changed as a corrected
 * publication would be: a sentence inserted at the start of every slot (before every passage; in
 * one slot of ten right against the passage, spoiling its prefix), and in one passage of ten a
 * word replaced, so those need the fuzzy step. `anchorAll` re-anchors all 1,000 on the changed
 * text in one call; the figure is the median of several runs after a warm-up. Each anchor is
 * checked against where the passage really went (`correct`). A second figure (`withDeletions`)
 * re-anchors the same notes after ten of their passages were deleted as well: what orphans
 * cost, since each sends the search over the whole text. Not a test: nothing fails on a slow
 * machine; the target (reanchorMs ≤ 300) is printed beside the figure.
 */
import { anchorAll, describePassage, type Anchor } from '@/lib/anchor';
import type { PassageSelectors } from '@/lib/notes/note';
import { median } from './bench-kit';
import { buildText, fixtureParagraphs, seededRandom } from './generate';
import { RESULTS, writeSection } from './results-file';

const MB = 1024 * 1024;
const NOTES = 1000;
const CHANGED_EVERY = 10; // one passage in ten gets a word replaced
const WARMUP = 3;
const RUNS = 15;
const TARGET_MS = 300;
const DELETED_EVERY = 100; // for the second figure: one passage in a hundred deleted
const INSERTS = [
  'Deze zin is na publicatie ingevoegd.',
  'Bij nader inzien is hier een toelichting toegevoegd over de stand van zaken.',
  'Zie ook de bijlage.',
  'Het kabinet heeft de Kamer hierover eerder geïnformeerd, zoals toegezegd tijdens het commissiedebat van vorige week.',
];

/** A note's passage before and after the change. */
interface Planned {
  selectors: PassageSelectors;
  /** Where the passage is in the changed text. */
  start: number;
  end: number;
  changed: boolean;
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

// The next word boundary at or after `i` (a space or line break follows a word there).
function wordStart(text: string, i: number): number {
  while (i < text.length && i > 0 && /\S/.test(text[i - 1] ?? '')) i++;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

// The end of the word that contains `i` (or of the text).
function wordEnd(text: string, i: number): number {
  while (i < text.length && /\S/.test(text[i] ?? '')) i++;
  return i;
}

/** Chooses the passages, changes the text, and says where each passage went. */
function plan(text: string, random: () => number): { changedText: string; notes: Planned[] } {
  // Replacement words: other words of the text, by length, so a changed word costs at most its length in errors.
  const byLength = new Map<number, string[]>();
  for (const [w] of text.slice(0, 200_000).matchAll(/\p{L}{4,10}/gu)) {
    const list = byLength.get(w.length) ?? [];
    if (list.length < 200 && !list.includes(w)) list.push(w);
    byLength.set(w.length, list);
  }
  const slot = Math.floor(text.length / NOTES);
  const parts: string[] = [];
  const notes: Planned[] = [];
  let out = 0; // length of the changed text so far
  let from = 0; // how far the original text has been copied
  for (let n = 0; n < NOTES; n++) {
    const slotStart = n * slot;
    const slotEnd = n === NOTES - 1 ? text.length : slotStart + slot;
    // A passage of 3 to 40 words (about 20 to 250 characters), one in twenty a long one of up to 700.
    const long = random() < 0.05;
    const want = long ? 300 + Math.floor(random() * 400) : 20 + Math.floor(random() * 230);
    const start = wordStart(text, slotStart + 60 + Math.floor(random() * 100));
    const end = Math.min(wordEnd(text, start + want), slotEnd - 1);
    const quoteText = text.slice(start, end).trimEnd();
    const selectors = describePassage(text, start, start + quoteText.length);
    if (!selectors || quoteText.length < 4) throw new Error(`slot ${n}: no passage`);
    // The insertion before the passage: at the slot's start, or (one in ten) right against it.
    const against = random() < 0.1;
    const insertAt = against ? start : slotStart;
    const insert = `${INSERTS[n % INSERTS.length]} `;
    parts.push(text.slice(from, insertAt), insert);
    out += insertAt - from + insert.length;
    from = insertAt;
    // The passage, with one word replaced in one note of ten: a word of 4 to 10 letters, not the
    // first, by another word of the same length, in a quote at least four times as long.
    parts.push(text.slice(from, start));
    out += start - from;
    let passage = quoteText;
    let changed = false;
    if (n % CHANGED_EVERY === 0) {
      const words = [...quoteText.matchAll(/(?<!\p{L})\p{L}{4,10}(?!\p{L})/gu)].filter(
        (m) => (m.index ?? 0) > 0 && m[0].length * 4 <= quoteText.length,
      );
      const word = words[Math.floor(random() * words.length)];
      const others = word ? (byLength.get(word[0].length) ?? []).filter((w) => w !== word[0]) : [];
      const replacement = others[Math.floor(random() * others.length)];
      if (word && word.index !== undefined && replacement) {
        passage = quoteText.slice(0, word.index) + replacement + quoteText.slice(word.index + word[0].length);
        changed = true;
      }
    }
    parts.push(passage);
    notes.push({ selectors, start: out, end: out + passage.length, changed });
    out += passage.length;
    from = start + quoteText.length;
  }
  parts.push(text.slice(from));
  return { changedText: parts.join(''), notes };
}

function tally(anchors: ReadonlyArray<Anchor | null>, notes: readonly Planned[]) {
  const methods = { position: 0, quote: 0, fuzzy: 0 };
  let orphans = 0;
  let correct = 0;
  let correctChanged = 0;
  let sure = 0;
  anchors.forEach((a, i) => {
    const note = notes[i] as Planned;
    if (!a) {
      orphans++;
      return;
    }
    methods[a.method]++;
    if (a.certainty === 'sure') sure++;
    if (a.start === note.start && a.end === note.end) {
      correct++;
      if (note.changed) correctChanged++;
    }
  });
  return { methods, orphans, correct, correctChanged, sure };
}

function timeRuns(fn: () => unknown): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

async function main(): Promise<void> {
  const text = buildText(await fixtureParagraphs(), MB, 1);
  const { changedText, notes } = plan(text, seededRandom(5));
  const selectors = notes.map((n) => n.selectors);

  // The same change with one passage in a hundred deleted (replaced by a short sentence).
  let deletedText = changedText;
  const deleted = notes.filter((_, i) => i % DELETED_EVERY === DELETED_EVERY / 2).sort((a, b) => b.start - a.start);
  for (const n of deleted) deletedText = `${deletedText.slice(0, n.start)}Deze passage is geschrapt.${deletedText.slice(n.end)}`;

  const runsMs = timeRuns(() => anchorAll(changedText, selectors));
  const deletedMs = timeRuns(() => anchorAll(deletedText, selectors));
  const afterDeletion = anchorAll(deletedText, selectors);
  const deletedMethods = deleted.map((n) => afterDeletion[notes.indexOf(n)]?.method ?? 'orphan');
  const unchangedMs = timeRuns(() => anchorAll(text, selectors));
  const anchors = anchorAll(changedText, selectors);
  const result = tally(anchors, notes);
  const unchanged = tally(
    anchorAll(text, selectors),
    notes.map((n) => ({ ...n, start: n.selectors.position.start, end: n.selectors.position.end })),
  );

  const reanchorMs = round(median(runsMs));
  const reanchor = {
    textBytes: Buffer.byteLength(changedText, 'utf8'),
    textChars: changedText.length,
    notes: NOTES,
    changedNotes: notes.filter((n) => n.changed).length,
    quoteChars: {
      median: median(notes.map((n) => n.selectors.quote.exact.length)),
      max: Math.max(...notes.map((n) => n.selectors.quote.exact.length)),
    },
    methods: result.methods,
    orphans: result.orphans,
    correct: result.correct,
    correctChanged: result.correctChanged,
    // The text repeats every paragraph several times, so many places are rightly only guesses.
    sure: result.sure,
    runsMs: runsMs.map((m) => round(m)),
    minMs: round(Math.min(...runsMs)),
    unchangedTextMs: round(median(unchangedMs)),
    unchangedTextCorrect: unchanged.correct,
    withDeletions: {
      deletedPassages: deleted.length,
      medianMs: round(median(deletedMs)),
      // The text is made of repeated paragraphs: most deleted passages have a copy elsewhere, which the exact step finds.
      deletedFoundAs: deletedMethods,
    },
    targetMs: TARGET_MS,
    runs: { warmup: WARMUP, runs: RUNS },
    node: process.versions.node,
    date: new Date().toISOString(),
  };
  writeSection('notes', { reanchorMs, reanchor });

  const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(30)}${value}\n`);
  line('text', `${(reanchor.textBytes / MB).toFixed(2)} MB, ${NOTES} notes, ${reanchor.changedNotes} with a word changed`);
  line('re-anchor all (median)', `${reanchorMs} ms (min ${reanchor.minMs} ms; target ≤ ${TARGET_MS})`);
  line(
    'methods',
    `position ${result.methods.position}, quote ${result.methods.quote}, fuzzy ${result.methods.fuzzy}, orphans ${result.orphans}`,
  );
  line('correct', `${result.correct} / ${NOTES} (changed: ${result.correctChanged} / ${reanchor.changedNotes}); sure ${result.sure}`);
  line('unchanged text (median)', `${reanchor.unchangedTextMs} ms, correct ${unchanged.correct} / ${NOTES}`);
  line('10 passages deleted (median)', `${reanchor.withDeletions.medianMs} ms; deleted ones: ${deletedMethods.join(', ')}`);
  line('written', RESULTS);
}

await main();
