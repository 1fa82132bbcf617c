// The reader's settings a backup carries, read from `browser.storage.local`: known keys of the
// right type only, the panel's width among them.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { BackupSettingsSchema, SETTINGS_KEYS, settingsFromStorage } from '@/lib/export/settings';

describe('backup settings', () => {
  it('carry whether the panel is open, the kinds shown and the width the reader gave the panel', () => {
    expect(SETTINGS_KEYS).toContain('panelWidth');
    const stored = { panelOpen: true, highlightKinds: { person: false }, panelWidth: 432, other: 'x' };
    expect(settingsFromStorage(stored)).toEqual({ panelOpen: true, highlightKinds: { person: false }, panelWidth: 432 });
  });

  it('leave out a width no window could show', () => {
    for (const panelWidth of [-5, 0, 12.5, 1e9, Number.NaN, '400', null]) {
      expect(settingsFromStorage({ panelWidth })).toEqual({});
      expect(v.safeParse(BackupSettingsSchema, { panelWidth }).success).toBe(false);
    }
    expect(v.safeParse(BackupSettingsSchema, { panelWidth: 432 }).success).toBe(true);
  });
});
