/**
 * The error a repository function throws when a record fails its schema: the store is the last
 * door before the disk, so it checks again what callers (the protocol, the library, an import)
 * hand it, and says why in words that a handler can pass on.
 */

/**
 * A note, draft or document refused by its schema (`lib/notes/note-schema.ts`) or by the store's
 * rules (`record-guard.ts`), with the reasons.
 */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';

  constructor(
    readonly what: 'note' | 'draft' | 'document',
    readonly reasons: readonly string[],
  ) {
    super(`${what}: ${reasons.join('; ')}`);
  }
}
