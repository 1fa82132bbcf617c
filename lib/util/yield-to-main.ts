/**
 * Long work in the page (indexing, drawing highlights, exporting) is cut into slices; between
 * them it gives the main thread back, so the reader's scrolling and typing never wait.
 */

/** Gives the main thread back for a moment (scheduler.yield where the browser has it). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
