// The deletes a page may undo: remembered per publication, for the undo window, a bounded number.
import { describe, expect, it } from 'vitest';
import { createRecentDeletes, MAX_RECENT_DELETES, UNDO_WINDOW_MS } from '@/lib/messages/recent-deletes';
import { actorNote } from '@/tests/unit/make-records';

describe('recent deletes', () => {
  it('finds a delete of the same publication within the undo window only', () => {
    const deletes = createRecentDeletes();
    const note = actorNote('a', 'person:hoekstra', 'kst-2');
    deletes.add('kst-1', note, 1000);
    expect(deletes.find('kst-1', 'a', 1000 + UNDO_WINDOW_MS)).toEqual(note);
    expect(deletes.find('kst-3', 'a', 1000)).toBeNull();
    expect(deletes.find('kst-1', 'b', 1000)).toBeNull();
    expect(deletes.find('kst-1', 'a', 1001 + UNDO_WINDOW_MS)).toBeNull();
  });

  it('forgets the oldest beyond its bound', () => {
    const deletes = createRecentDeletes();
    for (let i = 0; i <= MAX_RECENT_DELETES; i++) deletes.add('kst-1', actorNote(`n${i}`, 'person:hoekstra'), 1000 + i);
    expect(deletes.find('kst-1', 'n0', 2000)).toBeNull();
    expect(deletes.find('kst-1', 'n1', 2000)?.id).toBe('n1');
    expect(deletes.find('kst-1', `n${MAX_RECENT_DELETES}`, 2000)?.id).toBe(`n${MAX_RECENT_DELETES}`);
  });
});
