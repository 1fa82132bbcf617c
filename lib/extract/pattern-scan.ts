/**
 * A global pattern's search through a text that is scanned up to an offset, and later on from
 * there: the match found past the offset is kept for the next call rather than searched for again.
 * The page finds a long text's citations in slices (references-in-slices.ts); searched afresh at
 * each slice, a rare pattern ran to its next match — often the text's end — once per slice.
 * When the text is another string (the background's text grows part by part), the search is made
 * again from where it stood: a match near the end of a shorter text may read on in a longer one.
 */
export class PatternScan {
  private from = 0; // where the search for the next match starts
  private after = 0; // where a search goes on after `next`
  private next: RegExpExecArray | null = null;
  private searchedIn: string | null = null; // the text `next` was searched in

  constructor(private readonly pattern: RegExp) {}

  /** The next match that starts before `to`, or null; the same match until `resume` is called. */
  take(text: string, to: number): RegExpExecArray | null {
    if (this.searchedIn !== text) {
      this.pattern.lastIndex = this.from;
      this.next = this.pattern.exec(text);
      this.after = this.pattern.lastIndex;
      this.searchedIn = text;
    }
    const m = this.next;
    return m && m.index < to ? m : null;
  }

  /** Goes on past the match `take` gave (where the pattern left off after it). */
  pass(): void {
    this.resume(this.after);
  }

  /** Goes on searching at `at`: one position past a rejected match, or past a longer reading of it. */
  resume(at: number): void {
    this.from = at;
    this.searchedIn = null;
  }
}
