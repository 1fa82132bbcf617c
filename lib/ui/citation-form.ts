/**
 * A publication named the way Dutch parliamentary papers cite it ("Kamerstukken II 2022/23,
 * 21501-02, nr. 2553", "Handelingen II 2023/24, nr. 4, item 26", "Stcrt. 2021, 7182"), from its
 * site id and date. Letters of one minister all carry the same printed title ("BRIEF VAN DE
 * MINISTER VAN …"); their citations differ, so "Ook in" names them by it. The form is Dutch in
 * every interface language: it is how the papers are found and quoted.
 */
import { dayNumber, prinsjesdag } from '@/lib/extract/dates/calendar';
import { parseReportDate } from './format-date';

/** The vergaderjaar "2022/23" a date falls in: from Prinsjesdag (third Tuesday of September) to the next. */
export function vergaderjaarOf(iso: string | null): string | null {
  const parts = iso ? parseReportDate(iso) : null;
  if (!parts || parts.month === null || parts.day === null) return null;
  const day = dayNumber(parts.year, parts.month, parts.day);
  if (day === null) return null;
  const start = day >= prinsjesdag(parts.year) ? parts.year : parts.year - 1;
  return shortYears(start);
}

// "2022" → "2022/23"; "1999" → "1999/00".
function shortYears(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const CHAMBERS: Readonly<Record<string, string>> = { tk: 'II', ek: 'I', vv: 'II' };

const GAZETTES: Readonly<Record<string, string>> = {
  stcrt: 'Stcrt.',
  stb: 'Stb.',
  trb: 'Trb.',
  gmb: 'Gmb.',
  prb: 'Prb.',
  wsb: 'Wsb.',
  bgr: 'Bgr.',
  blg: 'Blg.',
};

/** What the citation form is made of: a document record or an "Ook in" entry. */
export interface CitableDocument {
  id: string;
  date: string | null;
  /** The dossier numbers as the site writes them ("21501-02"); the first one is the document's own. */
  dossier?: readonly string[];
}

/**
 * The citation form of a publication; null when its id is of no kind cited this way (the caller
 * then shows the id). A Kamerstuk's vergaderjaar comes from its date and is left out without one;
 * its chamber is the Eerste Kamer when its number is letters ("35261, B"), else the Tweede Kamer.
 */
export function citationForm(doc: CitableDocument): string | null {
  const id = doc.id.trim();
  const kst = /^kst-(.+)-([0-9A-Za-z]+)$/.exec(id);
  if (kst) {
    const [, dossierPart = '', number = ''] = kst;
    const dossier = doc.dossier?.find((d) => d.toLowerCase() === dossierPart.toLowerCase()) ?? dossierPart;
    const upperHouse = /^[A-Z]{1,3}$/.test(number);
    const year = vergaderjaarOf(doc.date);
    const head = `Kamerstukken ${upperHouse ? 'I' : 'II'}${year ? ` ${year}` : ''}`;
    return `${head}, ${dossier}, ${upperHouse ? number : `nr. ${number}`}`;
  }
  const handelingen = /^(ah|h)-(tk|ek|vv)-(\d{4})(\d{4})-(\d+[a-z]?)(?:-(\d+))?$/i.exec(id);
  if (handelingen) {
    const [, kind = '', chamber = '', first = '', , number = '', item] = handelingen;
    const paper = kind.toLowerCase() === 'ah' ? 'Aanhangsel Handelingen' : 'Handelingen';
    const where = `${paper} ${CHAMBERS[chamber.toLowerCase()] ?? 'II'} ${shortYears(Number(first))}, nr. ${number}`;
    return item ? `${where}, item ${item}` : where;
  }
  const gazette = /^([a-z]+)-(\d{4})-(\d+)$/i.exec(id);
  const name = gazette ? GAZETTES[(gazette[1] ?? '').toLowerCase()] : undefined;
  if (gazette && name) return `${name} ${gazette[2]}, ${gazette[3]}`;
  return null;
}
