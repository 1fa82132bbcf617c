// "gewijzigd" only for a note changed after it was written, not for one just made (issue 16).
import { describe, expect, it } from 'vitest';
import { formatNoteTime } from '@/lib/ui/format-date';
import { CHANGED_AFTER_MS, noteTimeWords, wasChanged } from '@/lib/ui/note-time';

const created = Date.UTC(2026, 10, 27, 19, 25);
const minute = 60_000;

describe('noteTimeWords', () => {
  it('gives the time it was written for a new note, saved minutes after its editor opened', () => {
    for (const updated of [created, created + 1, created + 3 * minute, created + CHANGED_AFTER_MS]) {
      expect(wasChanged({ created, updated })).toBe(false);
      expect(noteTimeWords({ created, updated })).toBe(formatNoteTime(created));
    }
  });

  it('says "gewijzigd" with the time of the change for a note changed later', () => {
    const updated = created + CHANGED_AFTER_MS + minute;
    expect(wasChanged({ created, updated })).toBe(true);
    expect(noteTimeWords({ created, updated })).toBe(`gewijzigd ${formatNoteTime(updated)}`);
    expect(noteTimeWords({ created, updated: created + 2 * 86_400_000 })).toMatch(/^gewijzigd /);
  });
});
