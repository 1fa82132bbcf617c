/**
 * Letters in a publication, found by the formulaic text every letter of the site has:
 * "[Nr. N] BRIEF VAN DE MINISTER …", "Aan de Voorzitter …", "Den Haag, 23 november 2022", and
 * signatures "De Minister van …," + "W.B. Hoekstra" — one per signer, also mid-document before an
 * annex, and also "Role, Name" on one line. A letter without a caps title is recognised by its
 * "Aan …" line followed by a place-and-date line.
 */
import { FULL_DATE_SOURCE, isoDate } from '@/lib/extract/dates/dutch-date';
import type { Line } from './lines';
import type { Letter, Signatory } from '@/lib/model/report';
import { dutchTitleCase } from './title-case';

const NR = String.raw`[Nn][Rr]\.\s*\d+[a-z]?`;
/** "Nr. 2553 BRIEF VAN DE MINISTER …" (the number is optional and not part of the title). */
const TITLE = new RegExp(String.raw`^(?:${NR}\s+)?((?:[A-Z]\s+)?BRIEF\s+VAN\s+[^a-z]+)$`);
const NUMBER_ONLY = new RegExp(`^${NR}$`);
const ADDRESSEE = /^Aan\s+(de|het|den)\s+(.{3,250}?)\.?$/;
const PLACE_DATE = new RegExp(String.raw`^([A-Z'’][\p{L}'’. -]{1,40}?),?\s+${FULL_DATE_SOURCE}\.?$`, 'u');
// Words that make a line a signer's role ("De Minister van …", "Het college van …").
const OFFICE_WORDS = [
  'minister staatssecretaris minister-president voorzitter president informateur formateur verkenner secretaris griffier',
  'directeur burgemeester commissaris ombudsman procureur vicepresident rekenkamer raad college bestuur',
].join(' ');
const OFFICE_WORD = new RegExp(`\\b(${OFFICE_WORDS.split(' ').join('|')})`, 'i');
const ROLE_LINE = /^((?:De|Het)\s+.{3,200}?),$/;
const ROLE_AND_NAME = /^((?:De|Het)\s+.{3,200}),\s+(.{2,60})$/;
const TITLES = String.raw`(?:(?:mr|drs|dr|prof|ir|ing|dhr|mevr|ds|bc)\.\s*)*`;
const INITIALS = String.raw`(?:(?:[A-Z][a-z]{0,2}|IJ)\.\s?-?)+`;
const PARTICLES = String.raw`(?:(?:van|de|der|den|het|'t|ter|ten|te|in 't|op de|von|d'|la|le|du|da|di)\s+)*`;
const WORD = String.raw`[\p{Lu}][\p{L}'’]+`;
// Each way of reading a name must be the only one: a surname's words are split by "-" or one space,
// and the words after a first name each by their own step, so a line that is no name fails in
// linear time instead of trying every grouping of its words.
const SURNAME = `${WORD}(?:[- ]${WORD})*`;
const HYPHENED = `${WORD}(?:-${WORD})*`;
/** "W.B. Hoekstra", "mr. H.M. de Jonge", "D. Yeşilgöz-Zegerius", "Bruins Slot". */
const NAME = new RegExp(String.raw`^${TITLES}(?:${INITIALS}\s*${PARTICLES}${SURNAME}|${WORD}(?:\s+${PARTICLES}${HYPHENED})+)$`, 'u');

/**
 * The sender named in a caps title: "BRIEF VAN DE MINISTER VAN BZ" → "Minister van Buitenlandse Zaken".
 * All after the first "VAN": a sender that had to run to the end without a line separator (U+2028,
 * which `.` does not read) was sought again after every later "VAN", in time the title's length squared.
 */
export function senderFromTitle(title: string): string | null {
  const m = /\bVAN\s+(?:(?:DE|HET)\s+)?([\s\S]+)$/i.exec(title);
  return m?.[1] ? dutchTitleCase(m[1].trim()) : null;
}

/** Reads a signature from one or two lines; returns it with the number of lines it used. */
export function readSignature(line: string, next: string | undefined): { signatory: Signatory; used: number } | null {
  const role = ROLE_LINE.exec(line);
  if (role?.[1] && next !== undefined && OFFICE_WORD.test(role[1]) && isName(next)) {
    return { signatory: { name: next.trim(), role: role[1] }, used: 2 };
  }
  const both = ROLE_AND_NAME.exec(line);
  if (both?.[1] && both[2] && OFFICE_WORD.test(both[1]) && isName(both[2])) {
    return { signatory: { name: both[2].trim(), role: both[1] }, used: 1 };
  }
  return null;
}

/** Tells whether a short line is a person's name as signatures print it. */
export function isName(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 60 && NAME.test(t);
}

interface Header {
  title: string | null;
  /** Index of the line after the header. */
  next: number;
  addressee: string | null;
  place: string | null;
  date: string | null;
}

// A letter header starting at line i: a caps title, or an "Aan …" line with a date line after it.
function readHeader(lines: readonly Line[], i: number): Header | null {
  const first = lines[i]?.text ?? '';
  let title: string | null = null;
  let j = i;
  const numbered = NUMBER_ONLY.test(first) ? (lines[i + 1]?.text ?? '') : first;
  const t = TITLE.exec(numbered);
  if (t?.[1] && hasCapsTitle(t[1])) {
    title = t[1].trim();
    j = numbered === first ? i + 1 : i + 2;
  }
  let addressee: string | null = null;
  let place: string | null = null;
  let date: string | null = null;
  for (let k = j; k < Math.min(j + 4, lines.length); k++) {
    const text = lines[k]?.text ?? '';
    const a = ADDRESSEE.exec(text);
    if (a && !addressee && !date) {
      addressee = `${a[2]}`.trim();
      j = k + 1;
      continue;
    }
    const pd = endsWithYear(text) ? PLACE_DATE.exec(text) : null;
    if (pd?.[1] && !date) {
      place = pd[1].trim();
      date = isoDate(Number(pd[2]), pd[3] as string, Number(pd[4]));
      j = k + 1;
      continue;
    }
    break;
  }
  if (title) return { title, next: j, addressee, place, date };
  return addressee && date ? { title: null, next: j, addressee, place, date } : null;
}

// Whether a line ends in four digits and at most a period, as a date line must: a look at its
// last characters spares the other lines the costly date-line pattern (docs/performance.md).
function endsWithYear(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46) end--;
  if (end < 4) return false;
  for (let k = end - 4; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// The title part must be written in capitals (not "Brief van de minister" inside a sentence).
function hasCapsTitle(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase();
}

/** Finds every letter in the document's lines, in order. */
export function findLetters(lines: readonly Line[]): Letter[] {
  const letters: Letter[] = [];
  let current: Letter | null = null;
  for (let i = 0; i < lines.length; ) {
    const header = readHeader(lines, i);
    if (header) {
      current = {
        title: header.title,
        sender: header.title ? senderFromTitle(header.title) : null,
        addressee: header.addressee,
        place: header.place,
        date: header.date,
        signatories: [],
      };
      letters.push(current);
      i = header.next;
      continue;
    }
    if (current) {
      const sig = readSignature(lines[i]?.text ?? '', lines[i + 1]?.text);
      if (sig) {
        current.signatories.push(sig.signatory);
        i += sig.used;
        continue;
      }
    }
    i++;
  }
  for (const letter of letters) {
    if (!letter.sender && letter.signatories[0]?.role) letter.sender = letter.signatories[0].role.replace(/^(De|Het)\s+/, '');
  }
  return letters;
}
