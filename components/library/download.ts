/**
 * Starts a download from the extension page (issue 6: not from the service worker, which has no
 * DOM and cannot make object URLs for a download everywhere): a Blob, an object URL and a click
 * on an `<a download>` that is never shown.
 */

/** A file to hand to the reader. */
export interface DownloadFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** How long the object URL lives after the click (the browser has read it long before). */
const REVOKE_AFTER_MS = 60_000;

/** Offers `file` for download. */
export function startDownload(file: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
