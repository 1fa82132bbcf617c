/**
 * Checks what another context sent before it reaches the database: a content script runs on a
 * web page, so its messages are treated as input, not trusted as typed.
 */
import type { DocumentKind } from '@/lib/model/report';
import type { ActorDocumentsQuery, NotesChange, SeenDocument } from './protocol';

/** Every document kind, for checking what another context says a document is. */
export const KINDS: readonly DocumentKind[] = [
  'letter',
  'parliamentary-questions',
  'proceedings',
  'parliamentary-paper',
  'official-gazette',
  'none',
];

/** Limits on the actor keys of one document: the length of one key, and how many one message may carry. */
export const MAX_ACTOR_KEY_LENGTH = 200;
export const MAX_ACTOR_KEYS = 5000;

/** A string of at most `max` characters. */
export const isString = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;
/** Null, or a string of at most `max` characters. */
export const isNullableString = (v: unknown, max = 2000): v is string | null => v === null || isString(v, max);

/** Returns a clean SeenDocument, or null when the value does not have that shape. */
export function validateSeenDocument(value: unknown): SeenDocument | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isString(v.id, 200) || !v.id || !isString(v.url) || !isNullableString(v.title) || !isNullableString(v.date, 40)) return null;
  if (!KINDS.includes(v.kind as DocumentKind)) return null;
  if (!Array.isArray(v.dossier) || !v.dossier.every((d) => isString(d, 100))) return null;
  const titles = v.dossierTitles;
  if (titles !== undefined && (!Array.isArray(titles) || titles.length > 50 || !titles.every((t) => isString(t)))) return null;
  const actorKeys = validateActorKeys(v.actorKeys);
  if (!actorKeys) return null;
  return {
    id: v.id,
    url: v.url,
    title: v.title,
    kind: v.kind as DocumentKind,
    date: v.date,
    dossier: [...(v.dossier as string[])],
    ...(titles === undefined ? {} : { dossierTitles: [...(titles as string[])] }),
    actorKeys,
  };
}

/**
 * The actor keys of a document: an array of at most MAX_ACTOR_KEYS strings (counted as sent),
 * each at most MAX_ACTOR_KEY_LENGTH long; null otherwise. Duplicates are dropped (first
 * occurrence kept), and so are keys that name nobody: "" and a bare type like "person:".
 */
export function validateActorKeys(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_ACTOR_KEYS) return null;
  const keys = new Set<string>();
  for (const key of value) {
    if (!isString(key, MAX_ACTOR_KEY_LENGTH)) return null;
    if (key !== '' && !key.endsWith(':')) keys.add(key);
  }
  return [...keys];
}

/** Returns a clean `documents-with-actor` query, or null when the value does not have that shape. */
export function validateActorDocumentsQuery(value: unknown): ActorDocumentsQuery | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const { key, exclude, limit } = v;
  if (!isString(key, MAX_ACTOR_KEY_LENGTH) || !key) return null;
  const query: ActorDocumentsQuery = { key };
  if (exclude !== undefined) {
    if (!isString(exclude, 200)) return null;
    query.exclude = exclude;
  }
  if (limit !== undefined) {
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) return null;
    query.limit = limit;
  }
  return query;
}

/** Limits on a notes question: the length of a document id, a note id, a draft key; how many documents one change names. */
export const MAX_DOCUMENT_ID_LENGTH = 200;
export const MAX_NOTE_ID_LENGTH = 200;
export const MAX_DRAFT_KEY_LENGTH = 1000;
export const MAX_CHANGED_DOCUMENTS = 10_000;

/** A key (a note id, a draft key): a non-empty string of at most `max` characters; null otherwise. */
export function validateKey(value: unknown, max: number): string | null {
  return isString(value, max) && value !== '' ? value : null;
}

/** The fields of a `notes-for-page` request, cleaned (actor keys as `validateActorKeys`); null when malformed. */
export function validateNotesForPage(value: unknown): { documentId: string; actorKeys: string[] } | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const documentId = validateKey(v.documentId, MAX_DOCUMENT_ID_LENGTH);
  const actorKeys = validateActorKeys(v.actorKeys);
  return documentId !== null && actorKeys !== null ? { documentId, actorKeys } : null;
}

/**
 * The fields of an `announce-notes-changed` request: document ids (non-empty, each once, at most
 * MAX_CHANGED_DOCUMENTS) and actor keys (as `validateActorKeys`); null when malformed.
 */
export function validateNotesChange(value: unknown): NotesChange | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.documentIds) || v.documentIds.length > MAX_CHANGED_DOCUMENTS) return null;
  const documentIds = new Set<string>();
  for (const id of v.documentIds) {
    const clean = validateKey(id, MAX_DOCUMENT_ID_LENGTH);
    if (clean === null) return null;
    documentIds.add(clean);
  }
  const actorKeys = validateActorKeys(v.actorKeys);
  return actorKeys !== null ? { documentIds: [...documentIds], actorKeys } : null;
}
