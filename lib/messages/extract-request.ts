/**
 * Extraction in the background: the content script sends the document text and what the page
 * says about it, the background (a worker of its own, off the page's main thread) runs
 * `lib/extract` and answers the report's parts. A page's text is input from the web: checked here.
 */
import { extract, type ExtractContext, type Extraction } from '@/lib/extract/extract';
import type { DocumentKind, Letter, Signatory } from '@/lib/model/report';
import { isNullableString, isString, KINDS } from './validate';

/** The largest text the background reads (a 20 MB page is about 20 M characters). */
export const MAX_TEXT = 64_000_000;

function signatory(v: unknown): Signatory | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  return isString(s.name, 300) && isNullableString(s.role, 500) ? { name: s.name, role: s.role } : null;
}

function letter(v: unknown): Letter | null {
  if (typeof v !== 'object' || v === null) return null;
  const l = v as Record<string, unknown>;
  if (![l.title, l.sender, l.addressee, l.place, l.date].every((f) => isNullableString(f))) return null;
  const signatories = Array.isArray(l.signatories) ? l.signatories.slice(0, 100).map(signatory) : [];
  if (signatories.some((s) => s === null)) return null;
  return {
    title: l.title as string | null,
    sender: l.sender as string | null,
    addressee: l.addressee as string | null,
    place: l.place as string | null,
    date: l.date as string | null,
    signatories: signatories as Signatory[],
  };
}

/** A checked extraction request, or null when the message is not one. */
export function validateExtractRequest(text: unknown, context: unknown): { text: string; context: ExtractContext } | null {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return null;
  const checked = validateExtractContext(context);
  return checked ? { text, context: checked } : null;
}

/** What a page says about its document, checked (the streamed extraction gets it apart from the text); null when malformed. */
export function validateExtractContext(context: unknown): ExtractContext | null {
  if (typeof context !== 'object' || context === null) return null;
  const c = context as Record<string, unknown>;
  if (!isNullableString(c.id ?? null, 200) || !isNullableString(c.documentDate, 40) || !KINDS.includes(c.kind as DocumentKind)) return null;
  const letters = Array.isArray(c.letters) ? c.letters.slice(0, 50).map(letter) : [];
  if (letters.some((l) => l === null)) return null;
  return {
    id: (c.id as string | null) ?? null,
    documentDate: c.documentDate as string | null,
    kind: c.kind as DocumentKind,
    letters: letters as Letter[],
  };
}

/** Runs the extraction for a checked request. */
export function runExtraction(request: { text: string; context: ExtractContext }): Extraction {
  return extract(request.text, request.context);
}
