/**
 * Names of exported files: `kantlijn-notities-2026-11-27.md`, the reader's local date, so a folder
 * of exports sorts by day and says what is in it.
 */

/** The local date of `when` as "YYYY-MM-DD". */
export function localDate(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(when.getFullYear()).padStart(4, '0')}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/** The file name of an export with extension `extension` (without its dot) made at `when`. */
export function exportFileName(extension: string, when: Date = new Date(), stem = 'kantlijn-notities'): string {
  return `${stem}-${localDate(when)}.${extension}`;
}
