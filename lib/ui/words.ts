/**
 * The words of the interface (DESIGN.md: they are part of the interface). Dutch for now; the
 * overlay issue moves them to `browser.i18n` with an English set beside them.
 */
import type { DocumentKind } from '../page/report';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every visible string, in one place. */
export const WORDS = {
  appName: 'Kantlijn',
  openPanel: 'Kantlijn openen',
  closePanel: 'Kantlijn sluiten',
  letterSection: 'Brief',
  documentSection: 'Document',
  kind: 'Soort',
  title: 'Titel',
  sender: 'Afzender',
  addressee: 'Geadresseerde',
  place: 'Plaats',
  date: 'Datum',
  signatories: 'Ondertekenaars',
  dossier: 'Dossier',
  footnotes: 'Voetnoten',
  lettersInDocument: (n: number) => `${n} brieven in dit document`,
  letterNumber: (n: number) => `Brief ${n}`,
  shortcut: 'Alt+Shift+K opent en sluit dit paneel.',
  noPublication: 'Geen publicatie op dit tabblad.',
  documentsSeen: (n: number) => (n === 1 ? '1 document gezien' : `${n} documenten gezien`),
  popupOpenPanel: 'Paneel openen',
  popupClosePanel: 'Paneel sluiten',
  loading: 'Bezig met lezen…',
  found: (actors: number, events: number, references: number) =>
    `In de tekst: ${count(actors, 'actor', 'actoren')}, ${count(events, 'gebeurtenis', 'gebeurtenissen')}, ${count(references, 'verwijzing', 'verwijzingen')}.`,
} as const;

/** The kind of a publication in the reader's words. */
export const KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  letter: 'Brief',
  'parliamentary-questions': 'Kamervragen',
  proceedings: 'Handelingen',
  'parliamentary-paper': 'Kamerstuk',
  'official-gazette': 'Publicatieblad',
  none: 'Geen publicatie',
};
