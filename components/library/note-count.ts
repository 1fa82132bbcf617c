/** "1 notitie" / "12 notities", and "3 van 12 notities" when a search or filter narrows the list. */
import { msg } from '@/lib/ui/words';

/** How many notes, in words. */
export function noteCount(n: number): string {
  return n === 1 ? msg('libraryCountOne') : msg('libraryCountMany', n);
}

/** How many notes are shown of how many there are (just the total when all are shown). */
export function shownCount(shown: number, total: number): string {
  return shown === total ? noteCount(total) : msg('libraryCountShown', shown, total);
}
