/**
 * Forming site ids from the parts of a citation (SITE.md "Addresses": id prefixes). Kept apart
 * from the patterns so the id rules can be tested on their own.
 */

/** Where a publication with a site id lives: the reader follows this link. */
export { publicationUrl } from '@/lib/model/site';

/**
 * A vergaderjaar as ids write it ("2001/02" → "20012002", "1999/00" → "19992000",
 * "2024–2025" → "20242025"); null for a single year, which names no vergaderjaar.
 */
export function vergaderjaarKey(first: string, second: string | undefined): string | null {
  if (!second) return null;
  const start = Number(first);
  let end = Number(second);
  if (second.length === 2) {
    end += Math.floor(start / 100) * 100;
    if (end < start) end += 100;
  }
  return end === start + 1 ? `${start}${end}` : null;
}

/** The chamber part of an id: Eerste Kamer → `ek`, otherwise (Tweede Kamer or unsaid) `tk`. */
export function chamberCode(chamber: string | undefined): 'tk' | 'ek' {
  if (!chamber) return 'tk';
  const c = chamber.replace(/\s+/g, ' ').toLowerCase();
  return c === 'i' || c === 'ek' || c === 'eerste kamer' ? 'ek' : 'tk';
}

/** Digits of a dossier number without its spaces or dots ("21 501" → "21501"). */
export function dossierDigits(printed: string): string {
  return printed.replace(/\D/g, '');
}

/** A dossier suffix as ids write it: "-02" → "02", " xiv" → "XIV", "" → null. */
export function suffixPart(printed: string | undefined): string | null {
  const s = (printed ?? '').replace(/[\s\u00a0\u2007\u2009\u202f\-\u2010-\u2013]/g, '');
  return s ? s.toUpperCase() : null;
}

/** A Kamerstuk id: `kst-{dossier}[-{suffix}]-{number}` ("36 800", "XIV", "80" → kst-36800-XIV-80). */
export function kamerstukId(dossier: string, suffix: string | null, number: string): string {
  return `kst-${dossierDigits(dossier)}${suffix ? `-${suffix}` : ''}-${number.toUpperCase()}`;
}
