// The drafts table: what an open editor holds, kept until saved or cancelled.
import { describe, expect, it } from 'vitest';
import type { NoteDraft } from '@/lib/notes/note';
import { createDb } from '@/lib/store/db';
import { countDrafts, discardDraft, discardDraftsOfNote, getDraft, saveDraft } from '@/lib/store/drafts';
import { InvalidRecordError } from '@/lib/store/invalid-record';
import { draftOf, passageNote } from '@/tests/unit/make-records';

let n = 0;
const freshDb = () => createDb(`drafts-${++n}`);

describe('drafts', () => {
  it('keeps a draft under its key, stamped with now, replacing the one before', async () => {
    const db = freshDb();
    const draft = draftOf(passageNote('n-1', 'kst-1', { text: '' }));
    expect(await getDraft(db, draft.key)).toBeNull();
    expect(await saveDraft(db, draft, 5000)).toEqual({ ...draft, updated: 5000 });
    const later = { ...draft, note: { ...draft.note, text: 'Verder getypt' } };
    await saveDraft(db, later, 6000);
    expect(await getDraft(db, draft.key)).toEqual({ ...later, updated: 6000 });
    expect(await countDrafts(db)).toBe(1);
  });

  it('forgets a draft on discard and says whether there was one', async () => {
    const db = freshDb();
    const draft = draftOf(passageNote('n-1'));
    await saveDraft(db, draft);
    expect(await discardDraft(db, draft.key)).toBe(true);
    expect(await getDraft(db, draft.key)).toBeNull();
    expect(await discardDraft(db, draft.key)).toBe(false);
    expect(await discardDraft(db, 'never-was')).toBe(false);
  });

  it('forgets the drafts of one note by its id', async () => {
    const db = freshDb();
    await saveDraft(db, draftOf(passageNote('n-1', 'kst-1')));
    await saveDraft(db, { ...draftOf(passageNote('n-1', 'kst-1')), key: 'other-key' });
    await saveDraft(db, draftOf(passageNote('n-2', 'kst-1')));
    expect(await discardDraftsOfNote(db, 'n-1')).toBe(2);
    expect(await countDrafts(db)).toBe(1);
    expect(await discardDraftsOfNote(db, 'n-1')).toBe(0);
  });

  it('refuses a malformed draft with the reasons and writes nothing', async () => {
    const db = freshDb();
    const good = draftOf(passageNote('n-1'));
    const cases: unknown[] = [{ ...good, key: '' }, { ...good, note: { ...good.note, tags: [1] } }, { key: 'k', updated: 1 }, null];
    for (const bad of cases) {
      const error = await saveDraft(db, bad as NoteDraft).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).what).toBe('draft');
    }
    expect(await countDrafts(db)).toBe(0);
  });
});
