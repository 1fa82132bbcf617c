/**
 * The kind of a publication (see tests/fixtures/GUIDELINES.md). The series in the id settles the
 * gazettes; otherwise the text decides: questions and answers, speaker turns, a letter heading
 * the stuk. Class names play no part.
 */
import type { Letter, DocumentKind } from '@/lib/model/report';
import type { Line } from './lines';

const GAZETTE_PREFIX = /^(stcrt|stb|trb|gmb|prb|wsb|bgr|blg-stcrt)-/;
const GAZETTE_TYPE =
  /^(staatscourant|staatsblad|tractatenblad|gemeenteblad|provinciaal blad|waterschapsblad|blad gemeenschappelijke regeling)$/i;
const QUESTIONS =
  /^(Vragen van (het lid|de leden)\s|Antwoord van (de )?(minister|staatssecretaris|Minister|Staatssecretaris)\b|Vraag \d+$)/;
const QUESTIONS_PREFIX = /^(ah|kv)-/;
const SPEAKER =
  /^(De voorzitter|De heer [\p{Lu}].{1,60}|Mevrouw [\p{Lu}].{1,60}|Minister [\p{Lu}].{1,60}|Staatssecretaris [\p{Lu}].{1,60}):$/u;
const PROCEEDINGS_PREFIX = /^h-(tk|ek)-/;

/** Everything the kind depends on. */
export interface KindInput {
  id: string | null;
  isPublicationText: boolean;
  lines: readonly Line[];
  letters: readonly Letter[];
  /** Index of the first line after the dossier lines. */
  headStart: number;
  dcType: string | null;
}

/** Decides the kind of a publication. */
export function detectKind(input: KindInput): DocumentKind {
  const { id, isPublicationText, lines, letters, headStart, dcType } = input;
  if (!isPublicationText || !id) return 'none';
  if (GAZETTE_PREFIX.test(id) || (dcType && GAZETTE_TYPE.test(dcType))) return 'official-gazette';
  const head = lines.slice(headStart, headStart + 8);
  if (head.some((l) => QUESTIONS.test(l.text)) || (QUESTIONS_PREFIX.test(id) && lines.some((l) => QUESTIONS.test(l.text)))) {
    return 'parliamentary-questions';
  }
  const speakers = lines.reduce((n, l) => n + (SPEAKER.test(l.text) ? 1 : 0), 0);
  if (speakers >= 2 || (speakers >= 1 && PROCEEDINGS_PREFIX.test(id))) return 'proceedings';
  if (letters.length && letterHeadsStuk(lines, headStart, letters[0] as Letter)) return 'letter';
  // No text to go by (an empty or unreadable body): the series in the id is all there is.
  if (QUESTIONS_PREFIX.test(id)) return 'parliamentary-questions';
  if (PROCEEDINGS_PREFIX.test(id)) return 'proceedings';
  return 'parliamentary-paper';
}

// The main stuk is a letter when the first letter's title or "Aan …" line opens the text.
function letterHeadsStuk(lines: readonly Line[], headStart: number, first: Letter): boolean {
  const opening = lines.slice(headStart, headStart + 3).map((l) => l.text);
  if (first.title) return opening.some((t) => t.includes(first.title as string));
  return opening.some((t) => /^Aan\s+(de|het)\s/.test(t));
}
