// Alt+Shift+N writes a note on the selection; by physical key, so a macOS Alt-character counts.
import { describe, expect, it } from 'vitest';
import { isNoteShortcut } from '@/entrypoints/content/notes/selection-watch';
import { isPanelShortcut } from '@/lib/ui/shortcut-keys';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('the note shortcut', () => {
  it('is Alt+Shift+N, and not the panel’s key', () => {
    expect(isNoteShortcut(key({ altKey: true, shiftKey: true, code: 'KeyN', key: 'N' }))).toBe(true);
    expect(isNoteShortcut(key({ altKey: true, shiftKey: true, code: 'KeyN', key: '˜' }))).toBe(true);
    expect(isNoteShortcut(key({ altKey: true, code: 'KeyN', key: 'n' }))).toBe(false);
    expect(isNoteShortcut(key({ altKey: true, shiftKey: true, metaKey: true, code: 'KeyN', key: 'N' }))).toBe(false);
    expect(isPanelShortcut(key({ altKey: true, shiftKey: true, code: 'KeyN', key: 'N' }))).toBe(false);
  });
});
