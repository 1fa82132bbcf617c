/**
 * Kantlijn runs inside pages it does not control: a page's script can dispatch pointer, mouse and
 * key events of its own. Listeners that act on the reader's behalf act only on events the browser
 * made from the reader's input (`isTrusted`); tests, whose events are all synthetic, pass their own check.
 */

/** Tells whether an event came from the reader's input rather than from a script. */
export type TrustCheck = (event: Event) => boolean;

/** The check every listener uses unless a test gives another: the browser's own `isTrusted`. */
export const isTrusted: TrustCheck = (event) => event.isTrusted === true;
