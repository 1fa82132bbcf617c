// The note a publication's address asks for: what "Openen in document" puts after `#`.
import { describe, expect, it } from 'vitest';
import { noteIdFromHash, noteLink } from '@/lib/library/note-link';

describe('noteIdFromHash', () => {
  it('reads back the id that noteLink wrote', () => {
    const link = noteLink({ id: 'a1b2-c3', url: 'https://zoek.officielebekendmakingen.nl/kst-1.html' });
    expect(noteIdFromHash(new URL(link ?? '').hash)).toBe('a1b2-c3');
  });
  it('finds the id among other fragment parts and answers null without one', () => {
    expect(noteIdFromHash('#top&kantlijn-note=x%20y')).toBe('x y');
    expect(noteIdFromHash('#kantlijn-note=')).toBeNull();
    expect(noteIdFromHash('#kantlijn-note=%E0%A4%A')).toBeNull();
    expect(noteIdFromHash('')).toBeNull();
  });
});
