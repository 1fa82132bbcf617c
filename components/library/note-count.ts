/** "1 notitie" / "12 notities", and "3 van 12 notities" when a search or filter narrows the list. */
import { countWords } from '@/lib/ui/words';

/** How many notes, in words. */
export function noteCount(n: number): string {
  return countWords('libraryCount', n);
}

/** How many notes are shown of how many there are (just the total when all are shown); the noun follows the total. */
export function shownCount(shown: number, total: number): string {
  return shown === total ? noteCount(total) : countWords('libraryCountShown', total, shown, total);
}
