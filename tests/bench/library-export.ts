/**
 * `npm run bench` (library part): how long exporting 10,000 notes takes in each format (issue 6,
 * "Speed": target ≤ 1,000 ms each), and — informative — how long an import of a 10,000-note backup
 * takes to parse, check and preview (and to write, on fake-indexeddb). The notes are realistic:
 * 10,000 over 500 documents, quotes of sentence length cut from the fixture pages' text, notes of
 * one to three sentences, a few tags, one in ten on an actor. Medians after a warm-up; the figures
 * go into bench/results.json under `library` (`writeSection`, keeping the section's other keys).
 * Not a test: nothing here fails on a slow machine.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { applyImport, documentsById, EXPORT_FORMATS, exportFile, parseImport, previewImport, type ExportFormat } from '@/lib/export';
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note } from '@/lib/notes/note';
import { createDb } from '@/lib/store/db';
import { median } from './bench-kit';
import { fixtureParagraphs, seededRandom } from './generate';
import { writeSection } from './results-file';

const NOTES = 10_000;
const DOCUMENTS = 500;
const WARMUP = 3;
const RUNS = 9;
const IMPORT_RUNS = 5;
const TAGS = ['energie', 'Groningen', 'te lezen', 'EU', 'begroting', 'stikstof', 'toezegging', 'motie', 'Raad', 'follow-up'];
const ACTORS = [
  ['person:hoekstra', 'Wopke Hoekstra'],
  ['person:kaag', 'Sigrid Kaag'],
  ['organisation:europese commissie', 'Europese Commissie'],
  ['office:minister van financien', 'Minister van Financiën'],
] as const;

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The library: 10,000 notes over 500 documents, deterministic. */
async function library(): Promise<{ notes: Note[]; documents: DocumentRecord[] }> {
  const sentences = (await fixtureParagraphs()).flatMap((p) => p.split(/(?<=[.?!])\s+/)).filter((s) => s.length >= 40 && s.length <= 300);
  const random = seededRandom(6);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = Date.UTC(2026, 0, 1);
  const documents: DocumentRecord[] = Array.from({ length: DOCUMENTS }, (_, i) => {
    const id = `kst-${21501 + (i % 50)}-${String(i + 1).padStart(4, '0')}`;
    return {
      id,
      url: `https://zoek.officielebekendmakingen.nl/${id}.html`,
      title: `Brief van de minister over ${pick(sentences).slice(0, 60)}`,
      kind: 'letter',
      date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      dossier: [id.slice(4, 9)],
      actorKeys: ACTORS.map(([key]) => key),
      firstSeen: start + i * 60_000,
      lastSeen: start + i * 120_000,
    };
  });
  const notes: Note[] = Array.from({ length: NOTES }, (_, i) => {
    const document = documents[i % DOCUMENTS] as DocumentRecord;
    const quote = pick(sentences);
    const at = Math.floor(random() * 50_000);
    const actor = i % 10 === 0 ? pick(ACTORS) : null;
    const time = start + i * 37_000;
    return {
      id: `${(0x10000000 + i).toString(16)}-0000-4000-8000-${String(i).padStart(12, '0')}`,
      subject: actor ? 'actor' : 'passage',
      text: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(sentences)).join(' '),
      tags: TAGS.filter(() => random() < 0.2),
      documentId: document.id,
      url: document.url,
      documentTitle: document.title,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: pick(sentences).slice(-32), suffix: pick(sentences).slice(0, 32) },
        position: { type: 'TextPositionSelector', start: at, end: at + quote.length },
      },
      actorKey: actor ? actor[0] : null,
      actorName: actor ? actor[1] : null,
      eventDate: null,
      created: time,
      updated: time + 1000,
    };
  });
  return { notes, documents };
}

async function main(): Promise<void> {
  const { notes, documents } = await library();
  const byId = documentsById(documents);
  const now = new Date(Date.UTC(2026, 10, 27, 10));
  const settings = { panelOpen: true };

  // Export: the formats take turns, so a busy machine slows them alike.
  const times = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, [] as number[]])) as Record<ExportFormat, number[]>;
  const bytes = {} as Record<ExportFormat, number>;
  for (let run = 0; run < WARMUP + RUNS; run++) {
    for (const format of EXPORT_FORMATS) {
      const t0 = performance.now();
      const file = exportFile(format, notes, byId, { now, settings });
      const ms = performance.now() - t0;
      if (run >= WARMUP) times[format].push(ms);
      bytes[format] = Buffer.byteLength(file.content);
    }
  }
  const exportMs = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, round(median(times[f]))])) as Record<ExportFormat, number>;

  // Import of the backup: parse + check (no yielding: the work itself) + preview against an
  // empty database; then, informative, the write of one run into a fresh database.
  const backup = exportFile('backup', notes, byId, { now, settings }).content;
  const parseMs: number[] = [];
  const previewMs: number[] = [];
  let applyMs = 0;
  for (let run = 0; run < 1 + IMPORT_RUNS; run++) {
    const db = createDb(`bench-import-${run}`);
    const t0 = performance.now();
    const parsed = await parseImport(backup, { yieldTo: false });
    const t1 = performance.now();
    if (!parsed.ok) throw new Error(parsed.error);
    const preview = await previewImport(db, parsed.parsed);
    const t2 = performance.now();
    if (!preview.ok) throw new Error(preview.error);
    if (run > 0) {
      parseMs.push(t1 - t0);
      previewMs.push(t2 - t1);
    }
    if (run === IMPORT_RUNS) {
      const t3 = performance.now();
      const applied = await applyImport(db, preview.preview);
      applyMs = performance.now() - t3;
      if (!applied.ok || applied.changes.notes !== NOTES) throw new Error('import did not write every note');
    }
    db.close();
  }
  const importMs = {
    parseAndValidate: round(median(parseMs)),
    preview: round(median(previewMs)),
    total: round(median(parseMs) + median(previewMs)),
    applyFakeIndexedDb: round(applyMs),
  };

  const entries = {
    exportMs,
    exportTargetMs: 1000,
    exportBytes: bytes,
    importMs,
    details: {
      notes: NOTES,
      documents: DOCUMENTS,
      warmup: WARMUP,
      runs: RUNS,
      importRuns: IMPORT_RUNS,
      node: process.versions.node,
      date: new Date().toISOString(),
    },
  };
  writeSection('library', entries);
  console.log(JSON.stringify(entries, null, 2));
}

await main();
