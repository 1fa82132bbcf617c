/**
 * What the panel should say, derived from the fixtures' truth and metadata files, never typed
 * into a test: when a truth file is corrected, the end-to-end expectations follow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PanelFacts } from '@/scripts/browser/harness';
import { FIXTURES } from '@/scripts/browser/site';

/** A signer as the truth file has it. */
export interface TruthSignatory {
  name: string;
  role: string | null;
}

/** A letter as the truth file has it (`signatories` may be null when the text ends early). */
export interface TruthLetter {
  title: string | null;
  sender: string | null;
  addressee: string | null;
  place: string | null;
  date: string | null;
  signatories: TruthSignatory[] | null;
}

/** The parts of a truth file the end-to-end tests use. */
export interface Truth {
  url: string;
  document: { kind: string; id: string | null; letters: TruthLetter[] };
}

/** Reads `tests/fixtures/truth/<id>.json`. */
export function readTruth(id: string): Truth {
  return JSON.parse(readFileSync(join(FIXTURES, 'truth', `${id}.json`), 'utf8')) as Truth;
}

/** Values of one metadata name in `tests/fixtures/metadata/<id>.xml` ([] when absent). */
export function metadataValues(id: string, name: string): string[] {
  let xml: string;
  try {
    xml = readFileSync(join(FIXTURES, 'metadata', `${id}.xml`), 'utf8');
  } catch {
    return [];
  }
  const values: string[] = [];
  for (const m of xml.matchAll(/<metadata\s+name="([^"]*)"\s+content="([^"]*)"/g)) {
    if (m[1] === name && m[2] !== undefined) values.push(m[2]);
  }
  return values;
}

/** The panel's Dutch word for each kind (the UI contract's "Soort"). */
export const KIND_LABELS: Record<string, string> = {
  letter: 'Brief',
  'parliamentary-questions': 'Kamervragen',
  proceedings: 'Handelingen',
  'parliamentary-paper': 'Kamerstuk',
  'official-gazette': 'Publicatieblad',
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2022-11-23" → "23 november 2022", as the panel writes dates for Dutch readers. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) throw new Error(`not an ISO date: ${iso}`);
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** The panel's facts reduced to what the truth can check, in a form that diffs readably. */
export interface Comparable {
  heading: string | null;
  facts: Record<string, string>;
  signatories: string[];
}

const lower = (s: string): string => s.toLocaleLowerCase('nl');

/** What the panel of a letter's page must show: first letter of the truth file, plus the dossier. */
export function expectedLetterPanel(id: string): Comparable {
  const truth = readTruth(id);
  const letter = truth.document.letters[0];
  if (truth.document.kind !== 'letter' || !letter) throw new Error(`${id} is not a letter in its truth file`);
  const facts: Record<string, string> = { Soort: 'Brief' };
  if (letter.title) facts.Titel = lower(letter.title);
  if (letter.sender) facts.Afzender = letter.sender;
  if (letter.addressee) facts.Geadresseerde = letter.addressee;
  if (letter.place) facts.Plaats = letter.place;
  if (letter.date) facts.Datum = dutchDate(letter.date);
  for (const dossier of metadataValues(id, 'OVERHEIDop.dossiernummer')) facts.Dossier = `contains ${dossier}`;
  const signatories = (letter.signatories ?? []).map((s) => (s.role ? `${s.name} — ${lower(s.role)}` : s.name));
  return { heading: 'Brief', facts, signatories };
}

/**
 * Puts what the panel shows into the shape of `expected`: the title compared without case
 * (printed in capitals, the panel may not shout), dossier and signers by containment
 * (the panel may add the dossier title or format a signer's name and role its own way).
 * Labels the expectation lacks are kept, so an extra row (e.g. "Plaats" for a letter without
 * one) shows in the diff.
 */
export function comparable(shown: PanelFacts, expected: Comparable): Comparable {
  const facts: Record<string, string> = {};
  for (const [label, value] of Object.entries(shown.facts)) {
    if (label === 'Ondertekenaars') continue;
    const want = expected.facts[label];
    if (label === 'Titel') facts[label] = lower(value);
    else if (label === 'Dossier' && want?.startsWith('contains ') && value.includes(want.slice(9))) facts[label] = want;
    else facts[label] = value;
  }
  const signatories = shown.signatories.map((li) => {
    const match = expected.signatories.find((e) => {
      const [name, role] = e.split(' — ');
      return name !== undefined && li.includes(name) && (role === undefined || lower(li).includes(role));
    });
    return match ?? `unexpected: ${li}`;
  });
  const heading = shown.headings.find((h) => h === 'Brief' || h === 'Document') ?? null;
  return { heading, facts, signatories };
}
