/** Which Kamer a document addresses: "uw Kamer" and "de Kamer" name it. */
import type { ExtractContext } from '@/lib/model/extraction';

/** The Kamer that "uw Kamer" and "de Kamer" mean: the letter's addressee, else the id's. */
export function addressedKamer(context: ExtractContext): string {
  const addressee = context.letters.map((l) => l.addressee ?? '').join(' ');
  if (/Eerste Kamer/.test(addressee) && !/Tweede Kamer/.test(addressee)) return 'Eerste Kamer der Staten-Generaal';
  if (!addressee && /^(h|ah|kv)-ek-|^kst-\d+-[A-Z]{1,2}$/.test(context.id ?? '')) return 'Eerste Kamer der Staten-Generaal';
  return 'Tweede Kamer der Staten-Generaal';
}
