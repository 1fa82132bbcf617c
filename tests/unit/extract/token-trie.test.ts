import { describe, expect, it } from 'vitest';
import { tokenKey } from '@/lib/extract/name-keys';
import { tokenize } from '@/lib/extract/tokens';
import { TokenTrie } from '@/lib/extract/trie';

// The keys as the actor scan gives them, without its ring.
function keysOf(text: string) {
  const tokens = tokenize(text);
  return { tokens, keys: { key: (i: number) => tokenKey(text.slice(tokens.starts[i], tokens.ends[i])) } };
}

describe('TokenTrie.longestAt', () => {
  const trie = new TokenTrie<string>();
  trie.add('Raad', 'raad');
  trie.add('Raad van State', 'raad van state');
  trie.add('Staten-Generaal', 'staten-generaal');
  trie.add('Staten - Generaal', 'spaced');

  it('gives the longest name that starts at a token', () => {
    const { tokens, keys } = keysOf('de Raad van State adviseert');
    const match = trie.longestAt(tokens, 1, keys);
    expect(match && [match.first, match.end, match.values.map((v) => v.value)]).toEqual([1, 4, ['raad van state']]);
  });

  it('gives a shorter name where the longer one breaks off', () => {
    const { tokens, keys } = keysOf('de Raad van Europa');
    const match = trie.longestAt(tokens, 1, keys);
    expect(match && [match.end, match.values.map((v) => v.value)]).toEqual([2, ['raad']]);
  });

  it('gives null where no name starts, or only past a line break', () => {
    const none = keysOf('de Kamer');
    expect(trie.longestAt(none.tokens, 1, none.keys)).toBeNull();
    const broken = keysOf('Raad van\nState');
    expect(trie.longestAt(broken.tokens, 0, broken.keys)?.end).toBe(1);
  });

  it('keeps only the names whose spacing the text follows', () => {
    const glued = keysOf('Staten-Generaal');
    expect(trie.longestAt(glued.tokens, 0, glued.keys)?.values.map((v) => v.value)).toEqual(['staten-generaal']);
    const spaced = keysOf('Staten - Generaal');
    expect(trie.longestAt(spaced.tokens, 0, spaced.keys)?.values.map((v) => v.value)).toEqual(['spaced']);
  });
});
