/**
 * The actors of the document, grouped by type (Personen, Functies, Organisaties, Plaatsen), each
 * with its roles and number of mentions, sorted by that number or by first appearance. Each actor is
 * a button: activating it asks the page to go to its next mention and open its card.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Actor } from '@/lib/model/report';
import { activation } from '@/lib/ui/activate';
import { ACTOR_TYPES } from '@/lib/ui/highlight-kinds';
import { countWords, msg, type WordKey } from '@/lib/ui/words';

/** How the actors of a group are ordered. */
export type ActorOrder = 'count' | 'first';

/** The plural heading of each actor type (shared with the highlight settings). */
export const ACTOR_TYPE_WORDS: Readonly<Record<Actor['type'], WordKey>> = {
  person: 'panelPersons',
  office: 'panelOffices',
  organisation: 'panelOrganisations',
  location: 'panelLocations',
};

/** One type's actors, in the chosen order. */
export interface ActorGroup {
  type: Actor['type'];
  actors: Actor[];
}

const firstStart = (a: Actor) => a.mentions[0]?.start ?? Number.POSITIVE_INFINITY;
const byName = (a: Actor, b: Actor) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });

/** Most mentions first, then by name; or earliest first mention first (actors never mentioned last). */
export function compareActors(order: ActorOrder): (a: Actor, b: Actor) => number {
  return order === 'count'
    ? (a, b) => b.mentions.length - a.mentions.length || byName(a, b)
    : (a, b) => firstStart(a) - firstStart(b) || byName(a, b);
}

/** The actors by type, in type order, leaving out types without actors. */
export function groupActors(actors: readonly Actor[], order: ActorOrder): ActorGroup[] {
  const compare = compareActors(order);
  return ACTOR_TYPES.map((type) => ({ type, actors: actors.filter((a) => a.type === type).sort(compare) })).filter(
    (g) => g.actors.length > 0,
  );
}

/** "1 vermelding" / "3 vermeldingen". */
export function mentionCount(n: number): string {
  return countWords('panelMention', n);
}

function ActorItem({ actor, onActivate }: { actor: Actor; onActivate: (id: string) => void }) {
  const n = actor.mentions.length;
  return (
    <li>
      <button type="button" class="item actor" data-actor={actor.id} {...activation(() => onActivate(actor.id))}>
        <span class="item-main">
          <span class="name">{actor.name}</span>
          {actor.roles.length > 0 && <span class="muted">{actor.roles.join('; ')}</span>}
        </span>
        <span class="count" aria-hidden="true">
          {n}
        </span>
        <span class="visually-hidden">{mentionCount(n)}</span>
      </button>
    </li>
  );
}

/** The list with its sort control; `onActivate` receives the actor's id. */
export function ActorList({ actors, onActivate }: { actors: readonly Actor[]; onActivate: (actorId: string) => void }) {
  const [order, setOrder] = useState<ActorOrder>('count');
  const groups = useMemo(() => groupActors(actors, order), [actors, order]);
  if (actors.length === 0) return <p class="empty">{msg('panelNoActors')}</p>;
  return (
    <div class="actor-list">
      <label class="sort">
        {msg('panelSortBy')}{' '}
        <select value={order} onChange={(e) => setOrder(e.currentTarget.value === 'first' ? 'first' : 'count')}>
          <option value="count">{msg('panelSortCount')}</option>
          <option value="first">{msg('panelSortFirst')}</option>
        </select>
      </label>
      {groups.map((g) => (
        <section key={g.type} class="actor-group" aria-labelledby={`kantlijn-actors-${g.type}`}>
          <h3 id={`kantlijn-actors-${g.type}`}>
            {msg(ACTOR_TYPE_WORDS[g.type])} <span class="group-count">({g.actors.length})</span>
          </h3>
          <ul class="items">
            {g.actors.map((a) => (
              <ActorItem key={a.id} actor={a} onActivate={onActivate} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
