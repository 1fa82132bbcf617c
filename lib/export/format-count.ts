/**
 * Counts in the reader's language ("1.999.900", "1,999,900"), so the large numbers an import
 * reports (items in a file, refused records not listed) can be read at a glance.
 */
import { uiLanguage } from '@/lib/ui/format-date';

/** A whole number grouped by thousands as the interface's language writes it. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(uiLanguage() === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 0 }).format(n);
}
