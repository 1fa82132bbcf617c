// The import's three steps run as the library page runs them, and a snapshot of the database to
// show that a refused import changed nothing.
import { expect } from 'vitest';
import { applyImport, parseImport, previewImport, type ApplyOutcome, type ImportPreview } from '@/lib/export';
import type { KantlijnDb } from '@/lib/store/db';

/** Everything in the database, in key order. */
export async function snapshot(db: KantlijnDb): Promise<unknown> {
  return { notes: await db.notes.toArray(), documents: await db.documents.toArray(), drafts: await db.drafts.toArray() };
}

/** What the reader sees of an import confirmed at once: the refusal, or the preview and the outcome. */
export type Imported = { error: string } | { preview: ImportPreview; applied: ApplyOutcome };

/** Parses, previews and applies `text`, stopping at the first refusal; never expected to throw. */
export async function importText(db: KantlijnDb, text: string): Promise<Imported> {
  const parsed = await parseImport(text, { yieldTo: false });
  if (!parsed.ok) return { error: parsed.error };
  const preview = await previewImport(db, parsed.parsed);
  if (!preview.ok) return { error: preview.error };
  return { preview: preview.preview, applied: await applyImport(db, preview.preview) };
}

/** The refusal of an import that must be refused. */
export function refusal(outcome: Imported): string {
  expect(outcome).toHaveProperty('error');
  return 'error' in outcome ? outcome.error : '';
}

/** The preview of an import that must get that far. */
export function previewOf(outcome: Imported): ImportPreview {
  if ('error' in outcome) throw new Error(`refused: ${outcome.error}`);
  return outcome.preview;
}
