/**
 * The reader's settings as a backup keeps them. They live in `browser.storage.local` (see
 * entrypoints/content/settings.ts), not in the database, so the caller reads them for an export
 * (`settingsFromStorage`) and writes what an import returns; this module only says which keys
 * belong to them and checks their shape, so a backup cannot write anything else into storage.
 */
import * as v from 'valibot';
import type { HighlightKind } from '@/lib/ui/highlight-kinds';

/** The `browser.storage.local` keys a backup carries. */
export const SETTINGS_KEYS = ['panelOpen', 'highlightKinds', 'panelWidth'] as const;

/** The settings in a backup; a missing key means "not set". */
export interface BackupSettings {
  panelOpen?: boolean;
  highlightKinds?: Partial<Record<HighlightKind, boolean>>;
  /** The docked panel's width the reader chose, in pixels (the page fits it to its window). */
  panelWidth?: number;
}

// A width a window could show: whole pixels, more than none and less than any screen.
const width = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000));

const kinds = v.object({
  person: v.optional(v.boolean()),
  office: v.optional(v.boolean()),
  organisation: v.optional(v.boolean()),
  location: v.optional(v.boolean()),
  event: v.optional(v.boolean()),
  reference: v.optional(v.boolean()),
} satisfies Record<HighlightKind, v.GenericSchema>);

/** The settings' schema: known keys only (valibot drops any other), each of its own type. */
export const BackupSettingsSchema = v.object({
  panelOpen: v.optional(v.boolean()),
  highlightKinds: v.optional(kinds),
  panelWidth: v.optional(width),
});

/** The settings from what `browser.storage.local.get(SETTINGS_KEYS)` answered: known keys of the right type only. */
export function settingsFromStorage(stored: Readonly<Record<string, unknown>>): BackupSettings {
  const settings: BackupSettings = {};
  if (typeof stored.panelOpen === 'boolean') settings.panelOpen = stored.panelOpen;
  const parsed = v.safeParse(kinds, stored.highlightKinds);
  if (parsed.success) settings.highlightKinds = withoutUndefined(parsed.output);
  const chosen = v.safeParse(width, stored.panelWidth);
  if (chosen.success) settings.panelWidth = chosen.output;
  return settings;
}

/** A copy without the keys whose value is `undefined`, so settings compare and store cleanly. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
