/**
 * Ids for things that come without one Kantlijn can keep: an annotation from another tool whose id
 * is not a `urn:uuid:`, the collection of an export. The same input always gives the same id, so
 * importing the same file twice finds the notes of the first import again instead of doubling them.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URN_UUID = 'urn:uuid:';

/** True for a UUID in its usual 8-4-4-4-12 hex form (what `crypto.randomUUID()` makes). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The UUID of a `urn:uuid:…` IRI, or null for any other id. */
export function uuidOfUrn(iri: string): string | null {
  if (iri.slice(0, URN_UUID.length).toLowerCase() !== URN_UUID) return null;
  const uuid = iri.slice(URN_UUID.length);
  return isUuid(uuid) ? uuid : null;
}

/** `urn:uuid:` followed by the note's id, or by a UUID derived from it when the id is not one. */
export function urnOfId(id: string): string {
  return URN_UUID + (isUuid(id) ? id : stableUuid(`id\u0000${id}`));
}

/**
 * A UUID derived from `text`: a 128-bit hash (cyrb128, not cryptographic — these ids need
 * stability and few collisions, not secrecy) written as an RFC 9562 version 8 ("custom") UUID.
 */
export function stableUuid(text: string): string {
  const hex = cyrb128(text)
    .map((part) => part.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
