/**
 * `npm run bench` (notes part): how fast a page receives its notes (issue 5, "Speed"), in headless
 * Chromium with the built extension.
 *
 * - Setup: an extension page (popup.html) asks the background once (so it has opened and
 *   upgraded the database), then writes 10,000 notes over 500 documents into the extension's
 *   database with raw IndexedDB: per document 19 passage and event notes and one actor note;
 *   the 500 actor notes are on 250 actors (two each).
 * - pageLoadMs: from that extension page, a `notes-for-page` request on the open request port
 *   (lib/messages/request-port.ts, how the content script asks; `runtime.sendMessage` is in the
 *   details) for one document (19 notes) with six actor keys (five with two notes each, one with none;
 *   plus the document's own actor note): send → answer, as a content script would wait for it.
 * - baselineMs: in the same page and run, a bare IndexedDB `getAll` of the same records on the
 *   same indexes (`documentId`, then `actorKey` per key) in one read transaction.
 * - ratio = pageLoadMs / baselineMs (target ≤ 2). Medians of RUNS runs after WARMUP, the two
 *   measurements alternating so both see the same state of the machine.
 * - where the time goes (`details`): a round trip of a message the background answers without
 *   the database (`announce-notes-changed` with an empty change), the same queries through Dexie
 *   in the page (Dexie loaded into it), and the size of the answer.
 * Merges `"notes": { pageLoadMs, baselineMs, ratio, details }` into bench/results.json (other
 * keys of "notes" are kept). Not a test: nothing fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchExtensionDir, ensureBenchBuild, median, percentile, ROOT, round as roundTo } from './bench-kit';
import { writeSection, RESULTS } from './results-file';

// The bench build unless told which one to use; set before the harness reads it.
benchExtensionDir();
const { launch } = await import('@/scripts/browser/harness');

const DOCUMENTS = 500;
const NOTES_PER_DOCUMENT = 20;
const ACTORS = 250;
const TARGET = 123;
const WARMUP = 30;
const RUNS = 301;
const RATIO_TARGET = 2;

const log = (s: string): void => void process.stderr.write(`${s}\n`);

/** What the page is asked for: the target document and the actors it mentions. */
const documentId = (d: number): string => `kst-bench-${String(d).padStart(4, '0')}`;
const QUERY = {
  documentId: documentId(TARGET),
  actorKeys: [`person:p${TARGET % ACTORS}`, 'person:p7', 'person:p42', 'person:p99', 'person:p200', 'organisation:nobody'],
};

interface Seed {
  documents: number;
  perDocument: number;
  actors: number;
}

interface Timings {
  pageLoad: number[];
  sendMessage: number[];
  baseline: number[];
  dexie: number[];
  dexieAnyOf: number[];
  echo: number[];
  answerBytes: number;
  pageRecords: number;
  baselineRecords: number;
}

// Figures of a few milliseconds: three decimals.
const round = (n: number, digits = 3): number => roundTo(n, digits);

async function main(): Promise<void> {
  ensureBenchBuild();
  const t0 = Date.now();
  const h = await launch();
  try {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    // tsx wraps named inner functions in a `__name` helper the page lacks; Dexie in the page, for
    // the "through Dexie without messaging" figure (CDP evaluation is not bound by the page's CSP).
    await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f);');
    await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'dexie', 'dist', 'dexie.min.js'), 'utf8'));

    const seeded = await page.evaluate(seedNotes, { documents: DOCUMENTS, perDocument: NOTES_PER_DOCUMENT, actors: ACTORS } satisfies Seed);
    log(`notes bench: ${seeded.count} notes in the extension's database (${seeded.ms.toFixed(0)} ms to write)`);
    const t = await page.evaluate(measure, { query: QUERY, warmup: WARMUP, runs: RUNS });
    if (t.pageRecords !== t.baselineRecords) throw new Error(`the page got ${t.pageRecords} notes, the baseline read ${t.baselineRecords}`);

    const pageLoadMs = round(median(t.pageLoad));
    const baselineMs = round(median(t.baseline));
    const ratio = round(pageLoadMs / baselineMs, 2);
    const details = {
      notes: seeded.count,
      documents: DOCUMENTS,
      recordsAnswered: t.pageRecords,
      actorKeysAsked: QUERY.actorKeys.length,
      runs: RUNS,
      warmup: WARMUP,
      pageLoadP90Ms: round(percentile(t.pageLoad, 90)),
      baselineP90Ms: round(percentile(t.baseline, 90)),
      messageRoundTripMs: round(median(t.echo)),
      bySendMessageMs: round(median(t.sendMessage)),
      dexieInPageMs: round(median(t.dexie)),
      dexieAnyOfInPageMs: round(median(t.dexieAnyOf)),
      answerBytes: t.answerBytes,
      measuredFrom:
        'an extension page (popup.html), a request on the open port to the background service worker, as the content script asks',
    };
    writeSection('notes', { pageLoadMs, baselineMs, ratio, pageLoad: details });

    const verdict = ratio <= RATIO_TARGET ? 'ok' : 'MISSED';
    const rows: Array<[string, string]> = [
      ['notes in the database', `${seeded.count} over ${DOCUMENTS} documents`],
      ['records a page receives', `${t.pageRecords} (${(t.answerBytes / 1024).toFixed(1)} KB as JSON)`],
      ['pageLoadMs (median / p90)', `${pageLoadMs} / ${details.pageLoadP90Ms}`],
      ['baselineMs (median / p90)', `${baselineMs} / ${details.baselineP90Ms}`],
      ['ratio', `${ratio} ${verdict} (target ≤ ${RATIO_TARGET})`],
      ['— the same request by runtime.sendMessage', `${details.bySendMessageMs}`],
      ['— port round trip, no database', `${details.messageRoundTripMs}`],
      ['— the same reads through Dexie, in the page', `${details.dexieInPageMs}`],
      ['— the same with Dexie anyOf (a cursor), in the page', `${details.dexieAnyOfInPageMs}`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
    process.stdout.write(`written ${RESULTS} ("notes") in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  } finally {
    await h.close();
  }
}

// ---------------------------------------------------------------------------------------------
// In the extension page (serialised by Playwright: no references to this module's scope).

type NotesAnswer = { ok: boolean; notes?: unknown[]; actorNotes?: unknown[]; error?: string };

interface PagePort {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: { id: number; answer: NotesAnswer }) => void): void };
}

interface Runtime {
  sendMessage(message: object): Promise<NotesAnswer>;
  connect(info: { name: string }): PagePort;
}

/** Opens the background's database once through it, then writes the notes with raw IndexedDB. */
async function seedNotes(seed: Seed): Promise<{ count: number; ms: number }> {
  const chromeApi = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
  const opened = await chromeApi.runtime.sendMessage({ type: 'note-tags' });
  if (!opened.ok) throw new Error(`the background has no database: ${opened.error}`);
  const done = <T>(req: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
  const db = await done(indexedDB.open('kantlijn'));
  const t0 = performance.now();
  const tx = db.transaction('notes', 'readwrite');
  const store = tx.objectStore('notes');
  store.clear();
  const filler = 'Nagaan wat de Minister hier precies toezegt en of de Kamer daar eerder naar vroeg. ';
  let count = 0;
  for (let k = 0; k < seed.perDocument; k++) {
    for (let d = 0; d < seed.documents; d++) {
      const i = k * seed.documents + d;
      const documentId = `kst-bench-${String(d).padStart(4, '0')}`;
      const subject = k === 0 ? 'actor' : k <= 2 ? 'event' : 'passage';
      const start = 200 * k + (i % 97);
      const exact = `de woorden van notitie ${i}`;
      store.put({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        subject,
        text: `${filler.repeat(1 + (i % 3))}(${i})`,
        tags: [`tag-${i % 40}`, ...(i % 3 === 0 ? ['opvolgen'] : [])],
        documentId,
        url: `https://zoek.officielebekendmakingen.nl/${documentId}.html`,
        documentTitle: `Brief ${d} van de Minister van Buitenlandse Zaken`,
        selectors:
          subject === 'actor'
            ? null
            : {
                quote: { type: 'TextQuoteSelector', exact, prefix: 'van de Raad van 12 december, ', suffix: ' en de Commissie zal daarop' },
                position: { type: 'TextPositionSelector', start, end: start + exact.length },
              },
        actorKey: subject === 'actor' ? `person:p${d % seed.actors}` : null,
        actorName: subject === 'actor' ? `Persoon ${d % seed.actors}` : null,
        eventDate: subject === 'event' ? '2022-10-02' : null,
        created: 1_700_000_000_000 + i * 1000,
        updated: 1_700_000_000_000 + i * 1000,
      });
      count++;
    }
  }
  await new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error))));
  const ms = performance.now() - t0;
  db.close();
  return { count, ms };
}

/** Times the page's request, the bare getAll baseline, Dexie in the page, and an empty round trip, interleaved. */
async function measure(args: { query: { documentId: string; actorKeys: string[] }; warmup: number; runs: number }): Promise<Timings> {
  const chromeApi = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
  const { documentId, actorKeys } = args.query;
  const done = <T>(req: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
  const db = await done(indexedDB.open('kantlijn'));
  interface DexieLike {
    open(): Promise<unknown>;
    table(name: string): {
      where(index: string): {
        equals(key: string): { toArray(): Promise<unknown[]> };
        anyOf(keys: string[]): { toArray(): Promise<unknown[]> };
      };
    };
    transaction(mode: string, table: string, f: () => Promise<unknown>): Promise<unknown>;
  }
  const DexieCtor = (globalThis as unknown as { Dexie: new (name: string) => DexieLike }).Dexie;
  const dexie = new DexieCtor('kantlijn');
  await dexie.open(); // dynamic mode: the schema as it is on disk

  const baseline = async (): Promise<number> => {
    const store = db.transaction('notes', 'readonly').objectStore('notes');
    const reads = [
      done(store.index('documentId').getAll(IDBKeyRange.only(documentId))),
      ...actorKeys.map((key) => done(store.index('actorKey').getAll(IDBKeyRange.only(key)))),
    ];
    return (await Promise.all(reads)).reduce((sum, rows) => sum + rows.length, 0);
  };
  // As lib/store/notes.ts reads them (one `equals` per actor key), and with Dexie's `anyOf` (a cursor) for comparison.
  const viaDexie = async (): Promise<void> => {
    const notes = dexie.table('notes');
    await dexie.transaction('r', 'notes', () =>
      Promise.all([
        notes.where('documentId').equals(documentId).toArray(),
        ...actorKeys.map((key) => notes.where('actorKey').equals(key).toArray()),
      ]),
    );
  };
  const viaDexieAnyOf = async (): Promise<void> => {
    const notes = dexie.table('notes');
    await dexie.transaction('r', 'notes', () =>
      Promise.all([notes.where('documentId').equals(documentId).toArray(), notes.where('actorKey').anyOf(actorKeys).toArray()]),
    );
  };
  // As the content script asks (lib/messages/request-port.ts): numbered requests on one open port.
  const port = chromeApi.runtime.connect({ name: 'kantlijn-requests' });
  const answers = new Map<number, (answer: NotesAnswer) => void>();
  port.onMessage.addListener(({ id, answer }) => {
    answers.get(id)?.(answer);
    answers.delete(id);
  });
  let next = 1;
  const viaPort = (message: object) =>
    new Promise<NotesAnswer>((resolve) => {
      const id = next++;
      answers.set(id, resolve);
      port.postMessage({ id, message });
    });
  const query = { type: 'notes-for-page', documentId, actorKeys };
  const request = () => viaPort(query);
  const bySendMessage = () => chromeApi.runtime.sendMessage(query);
  const echo = () => viaPort({ type: 'announce-notes-changed', documentIds: [], actorKeys: [] });

  const t: Timings = {
    pageLoad: [],
    sendMessage: [],
    baseline: [],
    dexie: [],
    dexieAnyOf: [],
    echo: [],
    answerBytes: 0,
    pageRecords: 0,
    baselineRecords: 0,
  };
  for (let i = 0; i < args.warmup + args.runs; i++) {
    const keep = i >= args.warmup;
    const steps: Array<() => Promise<void>> = [
      async () => {
        const s = performance.now();
        const answer = await request();
        const ms = performance.now() - s;
        if (!answer.ok) throw new Error(`notes-for-page failed: ${answer.error}`);
        if (keep) t.pageLoad.push(ms);
        t.pageRecords = (answer.notes?.length ?? 0) + (answer.actorNotes?.length ?? 0);
        t.answerBytes = JSON.stringify(answer).length;
      },
      async () => {
        const s = performance.now();
        const records = await baseline();
        if (keep) t.baseline.push(performance.now() - s);
        // The document's own actor note is read by both of its indexes; the page gets it once.
        t.baselineRecords = records - 1;
      },
      async () => {
        const s = performance.now();
        await viaDexie();
        if (keep) t.dexie.push(performance.now() - s);
      },
      async () => {
        const s = performance.now();
        await viaDexieAnyOf();
        if (keep) t.dexieAnyOf.push(performance.now() - s);
      },
      async () => {
        const s = performance.now();
        const answer = await bySendMessage();
        if (!answer.ok) throw new Error(`notes-for-page failed: ${answer.error}`);
        if (keep) t.sendMessage.push(performance.now() - s);
      },
      async () => {
        const s = performance.now();
        await echo();
        if (keep) t.echo.push(performance.now() - s);
      },
    ];
    // Rotate the order so no measurement always follows the same one.
    for (let k = 0; k < steps.length; k++) await (steps[(i + k) % steps.length] as () => Promise<void>)();
  }
  db.close();
  return t;
}

await main();
