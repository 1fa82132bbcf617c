// CSV: RFC 4180 with a byte-order mark, parsed back with papaparse into the same notes; and CSV
// that no spreadsheet runs as a formula, whichever of `,` and `;` it splits on.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, documentsById, exportFile, toCsv, unguardCell } from '@/lib/export';
import { csvField, guardCell, joinTags, splitTags } from '@/lib/export/csv';
import type { Note } from '@/lib/notes/note';
import { actorNote, eventNote, passageNote } from '@/tests/unit/make-records';
import { library, NOW } from './fixtures';

describe('CSV export', () => {
  const { notes, documents } = library();
  const byId = documentsById(documents);
  const csv = toCsv(notes, byId);

  it('starts with a byte-order mark, ends records with CRLF and has a header row', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    const firstLine = csv.slice(1, csv.indexOf('\r\n'));
    expect(firstLine).toBe(
      'Document-id,Titel,URL,Datum,Passage,Notitie,Tags,Gemaakt,Bijgewerkt,Actor,Notitie-id,Soort notitie,Datum gebeurtenis',
    );
  });

  it('parses back with papaparse into one row per note with the notes’ fields', () => {
    const result = Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n', skipEmptyLines: true });
    expect(result.errors).toEqual([]);
    const [header, ...rows] = result.data;
    expect(header).toHaveLength(13);
    expect(rows).toHaveLength(notes.length);
    rows.forEach((raw, i) => {
      const row = raw.map(unguardCell);
      const note = notes[i]!;
      const document = byId.get(note.documentId)!;
      expect(row).toEqual([
        note.documentId,
        document.title,
        document.url,
        document.date ?? '',
        note.selectors?.quote.exact ?? '',
        note.text,
        joinTags(note.tags),
        new Date(note.created).toISOString(),
        new Date(note.updated).toISOString(),
        note.subject === 'actor' ? note.actorName : '',
        note.id,
        { passage: 'Passage', actor: 'Actor', event: 'Gebeurtenis' }[note.subject],
        note.subject === 'event' ? (note.eventDate ?? '') : '',
      ]);
      expect(splitTags(row[6] ?? '')).toEqual(note.tags);
    });
  });

  it('keeps accents, quotes, commas and line breaks inside quoted fields', () => {
    expect(csv).toContain('"Zie ""artikel 3"", lid 2, en\nde reactie van de Raad; café, naïef, Curaçao – € 5"');
    expect(csv).toContain('"het ""Europees"" Semester,\r\nen de Raad"');
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    expect(guardCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(guardCell('+31 20')).toBe("'+31 20");
    expect(guardCell('-min')).toBe("'-min");
    expect(guardCell('@home')).toBe("'@home");
    expect(guardCell('\tx')).toBe("'\tx");
    expect(guardCell("'=x")).toBe("''=x");
    expect(guardCell('gewoon')).toBe('gewoon');
    for (const cell of ['=1', "'=1", "''+2", 'a', "'a", '']) expect(unguardCell(guardCell(cell))).toBe(cell);
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[5]?.[5]).toBe("'+31 20 123 4567 @home -min");
  });

  it('guards at the same places as the rule written as one pattern with a look-behind', () => {
    // The rule as one pattern, as it was first written: the reference for guardCell's faster reading.
    const reference = (value: string) =>
      value.replace(/^(?='*"*[=+\-@\t\r\0])|(?<=[,;\r\n])(?='*(?:"*[=+\-@\t\0]|"+\r|\r(?!\n)|"*$))/g, "'");
    for (const cell of ['\r=x', '\r\n=x', ',=', '=,=', 'a,,=b', ';"\r', 'x,', "'=,'@", '']) expect(guardCell(cell)).toBe(reference(cell));
    const tricky = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', ',', ';', '"', "'", 'a', ' ') });
    fc.assert(
      fc.property(tricky, (text) => guardCell(text) === reference(text)),
      { numRuns: 2000 },
    );
  });

  it('quotes exactly the fields RFC 4180 needs quoted', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('is offered as kantlijn-notities-<local date>.csv in UTF-8', () => {
    const file = exportFile('csv', notes, byId, { now: new Date(2026, 10, 27, 23, 30) });
    expect(file.fileName).toBe('kantlijn-notities-2026-11-27.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(file.content).toBe(toCsv(notes, byId, { now: new Date(NOW) }));
  });
});

describe('CSV that no spreadsheet executes, in Dutch or English Excel', () => {
  const NASTY = [
    'zie ook;=HYPERLINK(A1);',
    'zie ook,=HYPERLINK(A1),',
    '\u0000=1+1',
    '-2+3',
    '+31 20 123 4567',
    '@SUM(A1)',
    "=cmd|' /C calc'!A0",
    '\t=1+1',
    'kop\t=1+1',
    'regel 1\n=1+1\r\n-2\r+3',
    'a;\t@x;"=1";""+2;\'=3',
    'eindigt op;',
    'eindigt op,\r\n',
    '\r\n=1',
    '"=1"',
    '€ 5,- per stuk; -10%',
  ];
  const nastyNotes = NASTY.map((text, i) =>
    passageNote(`n-${i}`, 'kst-1-1', {
      text,
      tags: [text.trim() || 'x', '=tag'],
      documentTitle: text,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: text.length },
      },
    }),
  ).concat([actorNote('a-1', 'person:x', 'kst-1-1', { actorName: '=Naam;@x' })]);
  const noDocuments = documentsById([]);
  const DANGER = /^[=+\-@\t\r\0]/;

  // Cells as a spreadsheet that splits on `delimiter` reads them, quotes honoured only at a field's start.
  const cellsOf = (csv: string, delimiter: ',' | ';') =>
    Papa.parse<string[]>(csv.slice(BOM.length), { delimiter, newline: '\r\n', skipEmptyLines: true }).data.flat();

  for (const separator of [',', ';'] as const) {
    const csv = toCsv(nastyNotes, noDocuments, { separator });

    it(`written with "${separator}": no cell starts a formula when split on "," or on ";"`, () => {
      for (const delimiter of [',', ';'] as const) {
        const cells = cellsOf(csv, delimiter);
        // The wrong separator reads fewer, longer cells (quotes then open mid-field), never none.
        if (delimiter === separator) expect(cells).toHaveLength((nastyNotes.length + 1) * 13);
        else expect(cells.length).toBeGreaterThan(nastyNotes.length);
        for (const cell of cells) expect(cell, JSON.stringify(cell)).not.toMatch(DANGER);
      }
    });

    it(`written with "${separator}": no place where a spreadsheet may start a cell is followed by a formula`, () => {
      // Any parser starts a cell only at the file's start or after a separator or line break; quotes
      // it may strip come first. CR LF outside quotes ends a row: the next line is checked itself.
      const body = csv.slice(BOM.length);
      for (let at = 0; at < body.length; at++) {
        if (at > 0 && !/[,;\r\n]/.test(body[at - 1] as string)) continue;
        const rest = body.slice(at, at + 40);
        expect(/^"*[=+\-@\t\0]|^"+\r|^\r(?!\n)/.test(rest), JSON.stringify(rest)).toBe(false);
      }
    });

    it(`written with "${separator}": the real columns read back exactly, once unguarded`, () => {
      const result = Papa.parse<string[]>(csv.slice(BOM.length), { delimiter: separator, newline: '\r\n', skipEmptyLines: true });
      expect(result.errors).toEqual([]);
      const [head, ...rows] = result.data;
      expect(head?.join(separator)).toBe(csv.slice(1, csv.indexOf('\r\n')));
      expect(rows).toHaveLength(nastyNotes.length);
      rows.forEach((raw, i) => {
        const note = nastyNotes[i] as Note;
        const row = raw.map(unguardCell);
        expect(row[4]).toBe(note.selectors?.quote.exact ?? '');
        expect(row[5]).toBe(note.text);
        expect(splitTags(row[6] ?? '')).toEqual(note.tags);
        expect(row[1]).toBe(note.documentTitle);
        expect(row[9]).toBe(note.subject === 'actor' ? note.actorName : '');
      });
    });
  }

  it('guards every cell: a leading =, +, -, @, tab, CR or NUL gets an apostrophe', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r', '\0']) expect(guardCell(`${lead}1`)).toBe(`'${lead}1`);
    expect(guardCell('zie ook;=HYPERLINK(A1);')).toBe("zie ook;'=HYPERLINK(A1);'");
    expect(guardCell('a\n-b')).toBe("a\n'-b");
    expect(guardCell('a, b; c')).toBe('a, b; c');
    expect(csvField('a;b')).toBe('"a;b"');
  });

  it('round-trips any text through guardCell and unguardCell', () => {
    const tricky = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', ',', ';', '"', "'", 'a', ' ') });
    fc.assert(
      fc.property(tricky, (text) => {
        expect(unguardCell(guardCell(text))).toBe(text);
        for (const delimiter of [',', ';'] as const) {
          const csv = toCsv([passageNote('p', 'kst-1-1', { text: text === '' ? 'x' : text })], noDocuments, { separator: delimiter });
          for (const other of [',', ';'] as const) for (const cell of cellsOf(csv, other)) expect(cell).not.toMatch(DANGER);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offers "CSV met puntkomma\'s" for Excel in Dutch, and says so in the file name', () => {
    const file = exportFile('csv-semicolon', nastyNotes, noDocuments, { now: new Date(2026, 10, 27, 23, 30) });
    expect(file.fileName).toBe('kantlijn-notities-puntkomma-2026-11-27.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(file.content).toBe(toCsv(nastyNotes, noDocuments, { separator: ';' }));
    expect(file.content.slice(1, file.content.indexOf('\r\n'))).toBe(
      'Document-id;Titel;URL;Datum;Passage;Notitie;Tags;Gemaakt;Bijgewerkt;Actor;Notitie-id;Soort notitie;Datum gebeurtenis',
    );
  });
});

describe('CSV tags, ids, kinds and event dates that read back exactly', () => {
  const noDocuments = documentsById([]);
  // The cells of the data rows as a tool reads them: split on the file's separator, guards taken off.
  const rowsOf = (csv: string, delimiter: ',' | ';') => {
    const result = Papa.parse<string[]>(csv.slice(BOM.length), { delimiter, newline: '\r\n', skipEmptyLines: true });
    expect(result.errors).toEqual([]);
    return result.data.slice(1).map((row) => row.map(unguardCell));
  };

  it('joins tags with "; " and escapes only ";" and "\\" inside a tag, so a comma stays readable', () => {
    expect(joinTags(['te lezen', 'Groningen, gas', 'ß'])).toBe('te lezen; Groningen, gas; ß');
    expect(joinTags(['a;b', 'c\\d', 'e; f'])).toBe('a\\;b; c\\\\d; e\\; f');
    expect(joinTags([])).toBe('');
    expect(splitTags('')).toEqual([]);
  });

  const HARD_TAGS = [
    ['Groningen, gas', 'a,b,,c', ','],
    ['één; twee', ';', '; ', 'a;', ';b'],
    ['C:\\pad\\', '\\', '\\;', 'a\\; b', '\\\\'],
    ['=SOM(A1)', '-min', '@x;=y', 'regel 1\nregel 2', 'say "hi"', "'quote"],
    [' spatie ', 'a  ;  b', 'x'],
  ];
  for (const separator of [',', ';'] as const) {
    it(`written with "${separator}": tags with commas, semicolons and backslashes split back into the same tags`, () => {
      const notes = HARD_TAGS.map((tags, i) => passageNote(`t-${i}`, 'kst-1-1', { tags }));
      const rows = rowsOf(toCsv(notes, noDocuments, { separator }), separator);
      expect(rows.map((row) => splitTags(row[6] ?? ''))).toEqual(HARD_TAGS);
    });
  }

  it('round-trips any list of tags through the cell, with either separator', () => {
    const tag = fc.string({ unit: fc.constantFrom(';', ' ', '\\', ',', '"', "'", '=', '-', '\n', 'a'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 5 }), fc.constantFrom(',' as const, ';' as const), (tags, separator) => {
        const rows = rowsOf(toCsv([passageNote('p', 'kst-1-1', { tags })], noDocuments, { separator }), separator);
        expect(splitTags(rows[0]?.[6] ?? '')).toEqual(tags);
      }),
      { numRuns: 300 },
    );
  });

  it("has the note's id, its kind in the reader's words and an event note's date", () => {
    const notes = [
      passageNote('p-1', 'kst-1-1', { eventDate: '2020-01-01' }),
      actorNote('a-1', 'person:x', 'kst-1-1', { actorName: 'X' }),
      eventNote('e-1', 'kst-1-1', { eventDate: '2023-05-17' }),
      eventNote('e-2', 'kst-1-1', { eventDate: null }),
    ];
    for (const separator of [',', ';'] as const) {
      const rows = rowsOf(toCsv(notes, noDocuments, { separator }), separator);
      expect(rows.map((row) => row.slice(10))).toEqual([
        ['p-1', 'Passage', ''],
        ['a-1', 'Actor', ''],
        ['e-1', 'Gebeurtenis', '2023-05-17'],
        ['e-2', 'Gebeurtenis', ''],
      ]);
    }
  });
});
