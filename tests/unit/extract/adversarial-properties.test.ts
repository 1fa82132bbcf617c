// extract() on random text made of the pieces that slow or confuse it (runs of capitals, initials,
// site ids, citations, dates, brackets, dots, digits, hyphenated ids, odd white space), mixed with
// ordinary Dutch words: it never throws and always gives a valid extraction.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extract, type ExtractContext } from '@/lib/extract/extract';
import { adversarialText, checkExtraction } from './adversarial';

const CONTEXTS: ExtractContext[] = [
  { documentDate: '2022-11-23', kind: 'letter', letters: [] },
  { documentDate: null, kind: 'parliamentary-paper', letters: [] },
  {
    id: 'kst-21501-02-2553',
    documentDate: '2022-11-23',
    kind: 'letter',
    letters: [
      {
        title: 'BRIEF VAN DE MINISTER VAN FINANCIËN',
        sender: 'Minister van Financiën',
        addressee: 'Voorzitter van de Tweede Kamer der Staten-Generaal',
        place: 'Den Haag',
        date: '2022-11-23',
        signatories: [{ name: 'W.B. Hoekstra', role: 'De Minister van Financiën' }],
      },
    ],
  },
];

describe('extract() on adversarial text', () => {
  it('never throws and gives a valid extraction', () => {
    fc.assert(
      fc.property(adversarialText, fc.constantFrom(...CONTEXTS), (text, context) => {
        checkExtraction(text, extract(text, context));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
