/**
 * Checks what another context sent before it reaches the database: a content script runs on a
 * web page, so its messages are treated as input, not trusted as typed.
 */
import type { DocumentKind } from '../page/report';
import type { SeenDocument } from './protocol';

const KINDS: readonly DocumentKind[] = ['letter', 'parliamentary-questions', 'proceedings', 'parliamentary-paper', 'official-gazette', 'none'];

const isString = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;
const isNullableString = (v: unknown, max = 2000): v is string | null => v === null || isString(v, max);

/** Returns a clean SeenDocument, or null when the value does not have that shape. */
export function validateSeenDocument(value: unknown): SeenDocument | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isString(v.id, 200) || !v.id || !isString(v.url) || !isNullableString(v.title) || !isNullableString(v.date, 40)) return null;
  if (!KINDS.includes(v.kind as DocumentKind)) return null;
  if (!Array.isArray(v.dossier) || !v.dossier.every((d) => isString(d, 100))) return null;
  return { id: v.id, url: v.url, title: v.title, kind: v.kind as DocumentKind, date: v.date, dossier: [...(v.dossier as string[])] };
}
