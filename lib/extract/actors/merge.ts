/**
 * One entity per actor: candidates with the same key are one actor; an office held by a named
 * person in this document (a signature, an apposition) becomes one of that person's roles and
 * aliases, and its mentions are the person's. Linear in the number of candidates.
 */
import type { Actor, Letter } from '@/lib/model/report';
import { actorKeyOf } from '@/lib/extract/actor-key';
import { nameKey, tokenKey, trimEndWhere } from '@/lib/extract/name-keys';
import type { Candidate } from './candidate';

/** The key of a printed person name ("H.M. de Jonge" → "person:jonge"), as the rules compute it. */
export function personKeyOf(name: string): string {
  return actorKeyOf({ type: 'person', name });
}

// What a signature's role may end in: its comma and white space.
const ROLE_TRAILER = /[,\s]/;

/** The key of an office as printed in a signature ("De Minister van Financiën," → the office's key). */
export function officeKeyOf(role: string): string {
  return `office:${tokenKey(trimEndWhere(role.replace(/^(de|het)\s+/i, ''), ROLE_TRAILER))}`;
}

/**
 * Merges candidates into actors, binding the signatories' offices to them. Plain loops rather than
 * `filter`/`map` with callbacks, which make this once-per-document pass costly to compile
 * (docs/performance.md).
 */
export function mergeCandidates(text: string, candidates: readonly Candidate[], letters: readonly Letter[]): Actor[] {
  const heldBy = new Map<string, { person: string; evidence: string }>();
  for (const letter of letters) {
    for (const s of letter.signatories) {
      if (s.role) heldBy.set(officeKeyOf(s.role), { person: personKeyOf(s.name), evidence: 'ondertekenaar' });
    }
  }
  for (const c of candidates) {
    if (c.heldBy && !heldBy.has(c.key)) heldBy.set(c.key, { person: c.heldBy, evidence: c.evidence ?? 'apposition' });
  }
  const persons = new Set<string>();
  for (const c of candidates) if (c.type === 'person') persons.add(c.key);

  const groups = new Map<string, Group>();
  for (const c of candidates) {
    const binding = c.type === 'office' ? heldBy.get(c.key) : undefined;
    const key = binding && persons.has(binding.person) ? binding.person : c.key;
    let group = groups.get(key);
    if (!group) {
      group = {
        best: null,
        type: key === c.key ? c.type : 'person',
        seen: new Set(),
        forms: new Map(),
        roles: new Set(),
        evidence: new Map(),
        mentions: [],
      };
      groups.set(key, group);
    }
    if (key !== c.key) {
      group.roles.add(c.name);
      if (binding && !group.evidence.has(c.name)) group.evidence.set(c.name, binding.evidence);
    } else if (!group.best || better(c, group.best)) group.best = c;
    // Later mentions carry their printed word as their name: that string (already hashed by the
    // scan) rather than a fresh slice of the same words, which would be hashed again.
    const surface = c.name.length === c.end - c.start && text.startsWith(c.name, c.start) ? c.name : text.slice(c.start, c.end);
    // An office's printed form may be part of a caps title ("VAN FINANCIËN"): its name is the alias.
    if (c.type !== 'office') addForm(group, surface);
    addForm(group, c.name);
    group.mentions.push({ start: c.start, end: c.end, text: surface });
  }
  const actors: Actor[] = [];
  for (const group of groups.values()) {
    const name = group.best?.name ?? [...group.roles][0] ?? '';
    const own = nameKey(name);
    const aliases: string[] = [];
    for (const [k, form] of group.forms) if (k !== own && k) aliases.push(form);
    // In text order, each stretch once (two rules may find the same words for one actor). Mostly
    // in order already (the scan's, then the later mentions'): sorted and filtered only when not.
    const mentions = inOrderOnce(group.mentions);
    const actor: Actor = { id: '', name, type: group.type, aliases, roles: [...group.roles], mentions };
    if (group.evidence.size) actor.roleEvidence = Object.fromEntries(group.evidence);
    actors.push(actor);
  }
  actors.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  for (let n = 0; n < actors.length; n++) (actors[n] as Actor).id = `a${n + 1}`;
  return actors;
}

// One actor's mentions as they are merged.
interface Group {
  best: Candidate | null;
  type: Actor['type'];
  /** Printed forms seen (to skip them quickly) and distinct forms by name key. */
  seen: Set<string>;
  forms: Map<string, string>;
  roles: Set<string>;
  evidence: Map<string, string>;
  mentions: Array<{ start: number; end: number; text: string }>;
}

// A module function rather than a closure made for each document: V8 keeps what it learnt.
function addForm(group: Group, form: string): void {
  if (group.seen.has(form) || !form.trim()) return;
  group.seen.add(form);
  const key = nameKey(form);
  if (!group.forms.has(key)) group.forms.set(key, form.replace(/^(de|het|De|Het)\s+/, ''));
}

type Mention = { start: number; end: number; text: string };

// The mentions by start, then end, each stretch once: as `sort` (stable) then dropping a mention
// equal in start and end to the one before it, without either when there is nothing to do.
function inOrderOnce(mentions: Mention[]): Mention[] {
  let sorted = true;
  let twice = false;
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1] as Mention;
    const b = mentions[i] as Mention;
    if (b.start < a.start || (b.start === a.start && b.end < a.end)) {
      sorted = false;
      break;
    }
    if (b.start === a.start && b.end === a.end) twice = true;
  }
  if (!sorted) mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted && !twice) return mentions;
  return mentions.filter((m, n, all) => n === 0 || m.start !== all[n - 1]?.start || m.end !== all[n - 1]?.end);
}

// The name of an actor comes from its most informative mention: a full name over a surname.
function better(c: Candidate, best: Candidate): boolean {
  if (c.weight !== best.weight) return c.weight > best.weight;
  return c.type === 'person' && c.name.length > best.name.length;
}
