/**
 * A key that names the same actor across documents: "W.B. Hoekstra" in one letter and "Hoekstra"
 * or "W.B. Hoekstra" in another are one person; "Minister van Buitenlandse Zaken" is one office.
 * The background indexes documents by these keys, so "Ook in" is a lookup, not a scan.
 */
import type { Actor } from '@/lib/model/report';
import { nameKey, tokenKey } from './name-keys';
import { KEY_PARTICLES } from './name-particles';

/** The cross-document key of an actor: its type and its name without initials, titles or particles for persons. */
export function actorKeyOf(actor: Pick<Actor, 'type' | 'name'>): string {
  if (actor.type === 'person') {
    const words = actor.name
      .trim()
      .split(/\s+/)
      .filter((w) => !w.endsWith('.') && !KEY_PARTICLES.has(w.toLowerCase()));
    return `person:${tokenKey(words.slice(-1).join(' '))}`;
  }
  return `${actor.type}:${nameKey(actor.name)}`;
}
