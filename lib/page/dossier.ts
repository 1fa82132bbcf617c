/**
 * Dossier lines at the head of a kamerstuk: "21 501-02" + "Raad Algemene Zaken en …" on the next
 * line, or "36 045 Situatie in de Oekraïne", "36 800 XIV Vaststelling …". A stuk may open with
 * several. The space inside "21 501" may have been a no-break or thin space (already a space here).
 */
import type { Line } from './lines';

/** A dossier as printed: its number ("21501-02", "36800-XIV") and title. */
export interface Dossier {
  number: string;
  title: string | null;
}

// The title starts at a character that is no white space, or is the last white space of the line:
// a title free to start with the spaces `\s+` also reads made a line of spaces that ends in a line
// separator (U+2028, which `.` does not read) cost its length squared.
const DOSSIER =
  /^(\d{2}\s?\d{3})(?:\s?[-–]\s?([0-9]{1,3}|[A-Z]{1,3}))?(?:\s+([IVXLC]+[A-Z]?|[A-Z])(?=\s|$))?(?:\s+(\S.*|[^\S\n\r\u2028\u2029]))?$/;

/** Normalises a dossier number as the site's ids write it: "21 501-02" → "21501-02", "36 800 XIV" → "36800-XIV". */
export function normaliseDossierNumber(base: string, suffix?: string, roman?: string): string {
  return [base.replace(/\s/g, ''), suffix, roman].filter(Boolean).join('-');
}

/** Reads the dossier lines that open a document (stops at the first line that is not one). */
export function readDossiers(lines: readonly Line[]): { dossiers: Dossier[]; next: number } {
  const dossiers: Dossier[] = [];
  let i = 0;
  while (i < lines.length && i < 12) {
    const m = DOSSIER.exec(lines[i]?.text ?? '');
    if (!m?.[1]) break;
    const number = normaliseDossierNumber(m[1], m[2], m[3]);
    let title = m[4]?.trim() ?? null;
    i++;
    const next = lines[i]?.text;
    if (!title && next && !DOSSIER.test(next) && !/^(nr\.|[A-Z ]{6,}$)/i.test(next) && !/BRIEF VAN/.test(next)) {
      title = next.trim();
      i++;
    }
    dossiers.push({ number, title });
  }
  return { dossiers, next: i };
}
