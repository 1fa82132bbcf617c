// The library model: the view for a query, filter and order; incremental changes (one note
// re-indexed, the groups re-sorted); a refresh that touches only what changed; note links.
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '@/lib/library/filters';
import { LibraryModel } from '@/lib/library/library-model';
import { noteLink } from '@/lib/library/note-link';
import { actorNote, documentRecord, passageNote } from '@/tests/unit/make-records';

const noteIds = (model: LibraryModel, query: string, filter = NO_FILTER) =>
  model.view(query, filter, 'newest').rows.flatMap((r) => (r.type === 'note' ? [r.note.id] : []));

function library() {
  return new LibraryModel(
    [
      passageNote('a', 'kst-1', { text: 'De financiële situatie', tags: ['geld'], updated: 3 }),
      passageNote('b', 'kst-2', {
        text: 'Over de regio',
        documentTitle: null,
        updated: 2,
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: 'de Zuidelijke Kaukasus', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 5, end: 27 },
        },
      }),
      actorNote('c', 'person:klaar', 'kst-1', { actorName: 'T. Klaar', text: 'Speciaal vertegenwoordiger', updated: 1 }),
    ],
    [documentRecord('kst-2', { title: 'Geannoteerde agenda Raad Buitenlandse Zaken', kind: 'parliamentary-paper' })],
  );
}

describe('LibraryModel', () => {
  it('searches note text, tags, actor names and document titles (from the record when there is one)', () => {
    const model = library();
    expect(model.indexed).toBe(false);
    expect(noteIds(model, 'financiele')).toEqual(['a']);
    expect(model.indexed).toBe(true);
    expect(noteIds(model, 'geld')).toEqual(['a']);
    expect(noteIds(model, 'klaar')).toEqual(['c']);
    expect(noteIds(model, 'geannoteerde')).toEqual(['b']);
    expect(noteIds(model, 'zuidelijke kauk')).toEqual(['b']);
    expect(noteIds(model, '')).toEqual(['a', 'b', 'c']);
  });

  it('combines the search with the filters and counts what it shows', () => {
    const model = library();
    const view = model.view('de', { ...NO_FILTER, kind: 'parliamentary-paper' }, 'newest');
    expect(view.shown).toBe(1);
    expect(view.total).toBe(3);
    expect(view.rows.map((r) => r.key)).toEqual(['document:kst-2', 'note:b']);
  });

  it('is indexed in slices', () => {
    const model = library();
    expect(model.indexSome(2)).toBe(false);
    expect(model.indexSome(2)).toBe(true);
  });

  it('follows saves and deletes', () => {
    const model = library();
    model.indexSome(10);
    model.upsert(passageNote('a', 'kst-1', { text: 'Energie', tags: [], updated: 9 }));
    expect(noteIds(model, 'financiele')).toEqual([]);
    expect(noteIds(model, 'energie')).toEqual(['a']);
    expect(model.remove('b')?.id).toBe('b');
    expect(model.remove('b')).toBeUndefined();
    expect(noteIds(model, '')).toEqual(['a', 'c']);
    expect(model.options().tags).toEqual([]);
  });

  it('refreshes from the database touching only what changed', () => {
    const model = library();
    const [a, , c] = model.allNotes();
    expect(model.refresh(model.allNotes(), model.allDocuments())).toBe(false);
    const d = passageNote('d', 'kst-1', { text: 'nieuw', updated: 10 });
    expect(model.refresh([a!, c!, d], model.allDocuments())).toBe(true);
    expect(noteIds(model, '')).toEqual(['d', 'a', 'c']);
    expect(noteIds(model, 'nieuw')).toEqual(['d']);
  });

  it('names documents it has no record of from their notes', () => {
    const model = library();
    expect(model.documentOf('kst-1')).toMatchObject({
      title: 'Brief één',
      kind: null,
      url: 'https://zoek.officielebekendmakingen.nl/kst-1.html',
    });
    expect(model.documentOf('kst-2')).toMatchObject({ title: 'Geannoteerde agenda Raad Buitenlandse Zaken', kind: 'parliamentary-paper' });
  });
});

describe('noteLink', () => {
  it('opens a note in its document with the note id in the fragment', () => {
    expect(noteLink(passageNote('n 1', 'kst-1', { url: 'https://zoek.officielebekendmakingen.nl/kst-1#p2' }))).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-1#kantlijn-note=n%201',
    );
    expect(noteLink(passageNote('n', 'kst-1', { url: 'javascript:alert(1)' }))).toBeNull();
    expect(noteLink(passageNote('n', 'kst-1', { url: '' }))).toBeNull();
  });
});
