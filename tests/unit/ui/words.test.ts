// The words' own language tag and the plural rules every count goes through (issue 16).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentsSeen, countWords, formatNumber, uiLang } from '@/lib/ui/words';
import { mentionCount } from '@/lib/highlight/card-words';
import { noteCount, shownCount } from '@/components/library/note-count';
import nl from '@/public/_locales/nl/messages.json';
import en from '@/public/_locales/en/messages.json';
import { speakEnglish } from './english';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('uiLang', () => {
  it('is the language of the messages shown: Dutch by default, English in an English browser', () => {
    expect(uiLang()).toBe('nl');
    speakEnglish();
    expect(uiLang()).toBe('en');
  });
});

describe('countWords', () => {
  it('chooses the form for one only for 1, the other form for 0, 2 and more', () => {
    expect([0, 1, 2, 21].map(documentsSeen)).toEqual([
      '0 documenten gezien',
      '1 document gezien',
      '2 documenten gezien',
      '21 documenten gezien',
    ]);
    expect([0, 1, 5].map(mentionCount)).toEqual(['0 vermeldingen', '1 vermelding', '5 vermeldingen']);
    expect([0, 1, 1000].map(noteCount)).toEqual(['0 notities', '1 notitie', '1.000 notities']);
  });

  it('lets a message with two numbers agree with the one that carries the noun', () => {
    expect(shownCount(0, 1)).toBe('0 van 1 notitie');
    expect(shownCount(1, 2)).toBe('1 van 2 notities');
    expect(shownCount(3, 3)).toBe('3 notities');
  });

  it('follows English rules and number formats in an English browser', () => {
    speakEnglish();
    expect([1, 2, 1000].map(noteCount)).toEqual(['1 note', '2 notes', '1,000 notes']);
    expect(countWords('importDuplicates', 1)).toBe('1 duplicate note in the file was counted once.');
    expect(shownCount(0, 1)).toBe('0 of 1 note');
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('has both forms of every counted noun in both languages, with the count as a placeholder', () => {
    for (const messages of [nl, en] as Array<Record<string, { message: string }>>) {
      const stems = Object.keys(messages)
        .filter((k) => k.endsWith('One'))
        .map((k) => k.slice(0, -3));
      expect(stems.length).toBeGreaterThan(5);
      for (const stem of stems) {
        expect(messages[`${stem}Other`], stem).toBeDefined();
        expect(messages[`${stem}One`]?.message, stem).toContain('$ARG1$');
      }
      // The old "…Many" keys are gone: every count goes through the plural rules.
      expect(Object.keys(messages).filter((k) => /Many$/.test(k))).toEqual([]);
    }
  });
});
