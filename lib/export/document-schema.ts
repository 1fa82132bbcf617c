/**
 * A `DocumentRecord` as a valibot schema, so documents in a backup are checked by the same kind of
 * rules as notes and an invalid one is reported with its reasons, like a note.
 */
import * as v from 'valibot';
import type { DocumentRecord } from '@/lib/messages/protocol';
import { KINDS, MAX_ACTOR_KEYS, MAX_ACTOR_KEY_LENGTH } from '@/lib/messages/validate';

const time = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A document the reader has opened (see `DocumentRecord`), with the limits the protocol applies. */
export const DocumentRecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  url: v.pipe(v.string(), v.maxLength(2000)),
  title: v.nullable(v.pipe(v.string(), v.maxLength(2000))),
  kind: v.picklist(KINDS),
  date: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  dossier: v.array(v.pipe(v.string(), v.maxLength(100))),
  actorKeys: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_ACTOR_KEY_LENGTH))), v.maxLength(MAX_ACTOR_KEYS)),
  firstSeen: time,
  lastSeen: time,
}) satisfies v.GenericSchema<unknown, DocumentRecord>;
