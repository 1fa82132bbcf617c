/**
 * Reading a Kantlijn backup (`backup.ts`): its version first — a newer one is refused in words,
 * never half-read — then every note, document and draft checked with the same valibot schemas the
 * rest of Kantlijn uses, and the settings with theirs.
 */
import * as v from 'valibot';
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note, NoteDraft } from '@/lib/notes/note';
import { NoteDraftSchema, NoteSchema } from '@/lib/notes/note-schema';
import { msg } from '@/lib/ui/words';
import { BACKUP_VERSION } from './backup';
import { DocumentRecordSchema } from './document-schema';
import { describeIssues } from './import-reasons';
import { checkRecords, invalidRecord, type RecordRules } from './import-records';
import type { InvalidRecord, ParseOutcome } from './import-types';
import { BackupSettingsSchema, withoutUndefined, type BackupSettings } from './settings';
import type { SliceOptions } from './slices';

const NOTE_RULES: RecordRules<Note> = { kind: 'note', schema: NoteSchema, keyOf: (n) => n.id, timeOf: (n) => n.updated };
const DOCUMENT_RULES: RecordRules<DocumentRecord> = {
  kind: 'document',
  schema: DocumentRecordSchema,
  keyOf: (d) => d.id,
  timeOf: (d) => d.lastSeen,
};
const DRAFT_RULES: RecordRules<NoteDraft> = { kind: 'draft', schema: NoteDraftSchema, keyOf: (d) => d.key, timeOf: (d) => d.updated };

/** Reads an object whose `format` is 'kantlijn-backup'. */
export async function parseBackup(data: Readonly<Record<string, unknown>>, options: SliceOptions): Promise<ParseOutcome> {
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: msg('importWrongShape') };
  if (version > BACKUP_VERSION) return { ok: false, error: msg('importNewerVersion', version, BACKUP_VERSION) };
  const notes = listOf(data.notes);
  const documents = data.documents === undefined ? [] : listOf(data.documents);
  const drafts = data.drafts === undefined ? [] : listOf(data.drafts);
  if (!notes || !documents || !drafts) return { ok: false, error: msg('importWrongShape') };

  const invalid: InvalidRecord[] = [];
  const checkedNotes = await checkRecords(notes, NOTE_RULES, invalid, options);
  const checkedDocuments = await checkRecords(documents, DOCUMENT_RULES, invalid, options);
  const checkedDrafts = await checkRecords(drafts, DRAFT_RULES, invalid, options);
  return {
    ok: true,
    parsed: {
      kind: 'backup',
      notes: [...checkedNotes.records.values()],
      documents: [...checkedDocuments.records.values()],
      drafts: [...checkedDrafts.records.values()],
      settings: settingsOf(data.settings, invalid),
      invalid,
      duplicates: checkedNotes.duplicates,
    },
  };
}

function listOf(value: unknown): readonly unknown[] | null {
  return Array.isArray(value) ? value : null;
}

function settingsOf(value: unknown, invalid: InvalidRecord[]): BackupSettings | null {
  if (value === undefined || value === null) return null;
  const result = v.safeParse(BackupSettingsSchema, value);
  if (result.success) {
    const settings: BackupSettings = withoutUndefined(result.output);
    if (settings.highlightKinds) settings.highlightKinds = withoutUndefined(settings.highlightKinds);
    return settings;
  }
  invalid.push(invalidRecord('settings', 0, value, describeIssues(result.issues)));
  return null;
}
