// Who asks the background: the extension's own pages reach every note; a content script is held to
// the publication its address names, as the browser gives that address.
import { describe, expect, it } from 'vitest';
import { callerOf, EXTENSION_CALLER, publicationOf } from '@/lib/messages/caller';
import { isDraftOf, mayDeleteNote, mayWriteNote } from '@/lib/messages/page-scope';
import { actorNote, passageNote, publicationUrl } from '@/tests/unit/make-records';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
const HERE = 'kst-21501-02-2553';
const OTHER = 'kst-36045-55';

describe('callerOf', () => {
  it('gives the library and the popup full access', () => {
    expect(callerOf({ url: `${ORIGIN}notes.html?document=${HERE}`, tab: { url: `${ORIGIN}notes.html` } }, ORIGIN)).toEqual(
      EXTENSION_CALLER,
    );
    expect(callerOf({ url: `${ORIGIN}popup.html` }, ORIGIN)).toEqual(EXTENSION_CALLER);
  });

  it('holds a sender the browser gave no address to nothing', () => {
    expect(callerOf({}, ORIGIN)).toEqual({ kind: 'page', documentId: null });
  });

  it('holds a content script to the publication of its address', () => {
    const url = publicationUrl(HERE);
    expect(callerOf({ url, tab: { url } }, ORIGIN)).toEqual({ kind: 'page', documentId: HERE });
    expect(callerOf({ tab: { url: `${url}#kantlijn-note=x` } }, ORIGIN)).toEqual({ kind: 'page', documentId: HERE });
    // The sender's own address counts, not its tab's: a frame is not the page around it.
    expect(callerOf({ url: publicationUrl(OTHER), tab: { url } }, ORIGIN)).toEqual({ kind: 'page', documentId: OTHER });
  });

  it('holds a page that shows no publication text to none', () => {
    const none = { kind: 'page', documentId: null };
    expect(callerOf({ url: 'https://zoek.officielebekendmakingen.nl/resultaten?q=bakoe' }, ORIGIN)).toEqual(none);
    expect(callerOf({ url: `https://zoek.officielebekendmakingen.nl/${HERE}` }, ORIGIN)).toEqual(none); // "Informatie over"
    expect(callerOf({ url: `http://zoek.officielebekendmakingen.nl/${HERE}.html` }, ORIGIN)).toEqual(none);
    expect(callerOf({ url: `https://evil.example/${HERE}.html` }, ORIGIN)).toEqual(none);
    expect(callerOf({ tab: {} }, ORIGIN)).toEqual(none);
    // An empty origin (no runtime) never makes a page an extension page.
    expect(callerOf({ url: publicationUrl(HERE) }, '')).toEqual({ kind: 'page', documentId: HERE });
  });

  it('reads the publication of https addresses of the site only', () => {
    expect(publicationOf(publicationUrl(HERE))).toBe(HERE);
    expect(publicationOf(`https://zoek.officielebekendmakingen.nl/dossier/36045/${OTHER}.html?resultIndex=3`)).toBe(OTHER);
    expect(publicationOf(`http://zoek.officielebekendmakingen.nl/${HERE}.html`)).toBeNull();
    expect(publicationOf(`https://zoek.officielebekendmakingen.nl.evil.example/${HERE}.html`)).toBeNull();
    expect(publicationOf(`javascript:alert(1)//${HERE}.html`)).toBeNull();
  });
});

describe('the page scope', () => {
  it('owns the drafts whose key begins with its publication', () => {
    expect(isDraftOf(HERE, `${HERE}\u0000passage\u0000editor`)).toBe(true);
    expect(isDraftOf(HERE, `${OTHER}\u0000passage\u0000editor`)).toBe(false);
    expect(isDraftOf(HERE, `${HERE}-1\u0000passage\u0000editor`)).toBe(false);
    expect(isDraftOf(HERE, HERE)).toBe(false);
  });

  it('writes a new note only in its publication, at its address', () => {
    expect(mayWriteNote(HERE, passageNote('n', HERE), null)).toBe(true);
    expect(mayWriteNote(HERE, actorNote('a', 'person:hoekstra', HERE), null)).toBe(true);
    expect(mayWriteNote(HERE, passageNote('n', OTHER), null)).toBe(false);
    expect(mayWriteNote(HERE, passageNote('n', HERE, { url: publicationUrl(OTHER) }), null)).toBe(false);
    expect(mayWriteNote(HERE, actorNote('a', 'person:hoekstra', OTHER), null)).toBe(false);
  });

  it('keeps a known note where it was written', () => {
    const old = passageNote('n', HERE, { url: `http://zoek.officielebekendmakingen.nl/${HERE}.html` });
    expect(mayWriteNote(HERE, { ...old, text: 'anders' }, old)).toBe(true); // its old address may stay
    expect(mayWriteNote(HERE, passageNote('n', HERE), passageNote('n', OTHER))).toBe(false); // no moving a note in
    const elsewhere = actorNote('a', 'person:hoekstra', OTHER);
    expect(mayWriteNote(HERE, { ...elsewhere, text: 'anders' }, elsewhere)).toBe(true);
    expect(mayWriteNote(HERE, { ...elsewhere, documentId: HERE, url: publicationUrl(HERE) }, elsewhere)).toBe(false);
    expect(mayWriteNote(HERE, { ...elsewhere, actorKey: 'person:rutte' }, elsewhere)).toBe(false);
    expect(mayWriteNote(HERE, { ...elsewhere, subject: 'passage', actorKey: null }, elsewhere)).toBe(false);
    const passage = passageNote('p', OTHER);
    expect(mayWriteNote(HERE, { ...passage, text: 'anders' }, passage)).toBe(false);
  });

  it('deletes notes of its publication and actor notes, no other', () => {
    expect(mayDeleteNote(HERE, passageNote('n', HERE))).toBe(true);
    expect(mayDeleteNote(HERE, actorNote('a', 'person:hoekstra', OTHER))).toBe(true);
    expect(mayDeleteNote(HERE, null)).toBe(true);
    expect(mayDeleteNote(HERE, passageNote('n', OTHER))).toBe(false);
  });
});
