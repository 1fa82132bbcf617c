import { describe, expect, it } from 'vitest';
import { addTag, cleanTag, sameTags } from '@/lib/notes/tags';

describe('tags', () => {
  it('cleans white space and a leading #', () => {
    expect(cleanTag('  #klimaat  ')).toBe('klimaat');
    expect(cleanTag('Zuidelijke \n Kaukasus')).toBe('Zuidelijke Kaukasus');
    expect(cleanTag('###')).toBe('');
  });
  it('adds new tags once, ignoring case, and splits on commas', () => {
    expect(addTag(['Klimaat'], 'klimaat')).toEqual(['Klimaat']);
    expect(addTag([], 'a, b ,,a')).toEqual(['a', 'b']);
    expect(addTag(['x'], '   ')).toEqual(['x']);
  });
  it('compares lists in order', () => {
    expect(sameTags(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameTags(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameTags(['a'], ['a', 'b'])).toBe(false);
  });
});
