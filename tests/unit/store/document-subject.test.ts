// What "Ook in" tells a minister's letters apart by: the dossiers' titles a visit records (issue 16).
// A record from before they were kept has none; the next visit fills them in and loses nothing.
import { describe, expect, it } from 'vitest';
import { exportFile, documentsById, parseImport } from '@/lib/export';
import type { DocumentRecord } from '@/lib/model/records';
import { validateSeenDocument } from '@/lib/messages/validate';
import { createDb } from '@/lib/store/db';
import { documentsWithActor, getDocument, recordDocument } from '@/lib/store/documents';

const seen = {
  id: 'kst-21501-02-2553',
  url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html',
  title: 'BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
  kind: 'letter' as const,
  date: '2022-11-23',
  dossier: ['21501-02'],
  dossierTitles: ['Raad Algemene Zaken en Raad Buitenlandse Zaken'],
  actorKeys: ['person:hoekstra'],
};

let n = 0;
const freshDb = () => createDb(`subject-${++n}`);

describe('the dossiers’ titles of a document', () => {
  it('pass the check of a visit, which refuses titles of another shape', () => {
    expect(validateSeenDocument(seen)?.dossierTitles).toEqual(seen.dossierTitles);
    const { dossierTitles: _, ...older } = seen;
    expect(validateSeenDocument(older)).not.toBeNull();
    expect(validateSeenDocument(older)).not.toHaveProperty('dossierTitles');
    expect(validateSeenDocument({ ...seen, dossierTitles: 'Raad' })).toBeNull();
    expect(validateSeenDocument({ ...seen, dossierTitles: [42] })).toBeNull();
  });

  it('are filled in by the next visit of a document recorded without them, its first visit kept', async () => {
    const db = freshDb();
    const { dossierTitles: _, ...older } = seen;
    await db.documents.put({ ...older, firstSeen: 1000, lastSeen: 1000 });
    expect((await documentsWithActor(db, 'person:hoekstra'))[0]).not.toHaveProperty('dossierTitles');
    await recordDocument(db, validateSeenDocument(seen) as typeof seen, 5000);
    expect(await getDocument(db, seen.id)).toEqual({ ...seen, firstSeen: 1000, lastSeen: 5000 });
    expect((await documentsWithActor(db, 'person:hoekstra'))[0]?.dossierTitles).toEqual(seen.dossierTitles);
  });

  it('survive a backup and its import', async () => {
    const record: DocumentRecord = { ...seen, firstSeen: Date.UTC(2024, 0, 1), lastSeen: Date.UTC(2024, 0, 2) };
    const { content } = exportFile('backup', [], documentsById([record]), { now: new Date(Date.UTC(2024, 0, 3)) });
    const outcome = await parseImport(content, { yieldTo: false });
    expect(outcome.ok && outcome.parsed.documents).toEqual([record]);
  });
});
