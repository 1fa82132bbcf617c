// CSV: RFC 4180 with a byte-order mark, parsed back with papaparse into the same notes.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, documentsById, exportFile, TAG_SEPARATOR, toCsv, unguardCell } from '@/lib/export';
import { csvField, guardCell } from '@/lib/export/csv';
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
    expect(firstLine).toBe('Document-id,Titel,URL,Datum,Passage,Notitie,Tags,Gemaakt,Bijgewerkt,Actor');
  });

  it('parses back with papaparse into one row per note with the notes’ fields', () => {
    const result = Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n', skipEmptyLines: true });
    expect(result.errors).toEqual([]);
    const [header, ...rows] = result.data;
    expect(header).toHaveLength(10);
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
        note.tags.join(TAG_SEPARATOR),
        new Date(note.created).toISOString(),
        new Date(note.updated).toISOString(),
        note.subject === 'actor' ? note.actorName : '',
      ]);
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
