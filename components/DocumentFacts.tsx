/**
 * The facts of a publication as a description list: kind, title, sender, addressee, place,
 * date, signatories, dossier. Rows without a value are left out. All values render as text.
 */
import type { ComponentChildren } from 'preact';
import { formatFactDate } from '@/lib/ui/format-date';
import type { Letter, ReportDocument } from '@/lib/model/report';
import { msg, kindLabel } from '@/lib/ui/words';

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** One letter's own facts (used once per letter when a document holds several). */
export function LetterFacts({ letter }: { letter: Letter }) {
  return (
    <>
      {letter.sender && <Row label={msg('sender')}>{letter.sender}</Row>}
      {letter.addressee && <Row label={msg('addressee')}>{letter.addressee}</Row>}
      {letter.place && <Row label={msg('place')}>{letter.place}</Row>}
      {letter.date && <Row label={msg('date')}>{formatFactDate(letter.date)}</Row>}
      {letter.signatories.length > 0 && (
        <Row label={msg('signatories')}>
          <ul class="signatories">
            {letter.signatories.map((s) => (
              <li key={`${s.name}|${s.role ?? ''}`}>
                <span class="name">{s.name}</span>
                {s.role && <span class="role">{s.role}</span>}
              </li>
            ))}
          </ul>
        </Row>
      )}
    </>
  );
}

/** The document's facts; for a letter those of its (first) letter. */
export function DocumentFacts({ document: doc }: { document: ReportDocument }) {
  const [first, ...more] = doc.letters;
  const asLetter = doc.kind === 'letter' && first;
  return (
    <>
      <dl class="facts">
        <Row label={msg('kind')}>{kindLabel(doc.kind)}</Row>
        {doc.title && <Row label={msg('title')}>{doc.title}</Row>}
        {asLetter ? <LetterFacts letter={first} /> : doc.date && <Row label={msg('date')}>{formatFactDate(doc.date)}</Row>}
        {doc.dossier.length > 0 && (
          <Row label={msg('dossier')}>
            {doc.dossier.join(', ')}
            {doc.dossierTitles.length > 0 && <span class="dossier-title">{doc.dossierTitles.join('; ')}</span>}
          </Row>
        )}
      </dl>
      {asLetter &&
        more.map((letter, i) => (
          <section key={i} class="more-letter" aria-label={msg('letterNumber', i + 2)}>
            <h3>{letter.title ?? msg('letterNumber', i + 2)}</h3>
            <dl class="facts">
              <LetterFacts letter={letter} />
            </dl>
          </section>
        ))}
    </>
  );
}
