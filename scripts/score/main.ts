/**
 * `npx tsx scripts/score/main.ts [--pages DIR] [--truth DIR] [--verbose] [--min-actor-f1 X] …`
 *
 * Scores the `annotate` report of every page against its truth file: for each TRUTH/<id>.json it
 * annotates PAGES/<id>.html at the truth's URL and compares kind, id, letter fields, actors (untyped,
 * typed and per type), dated events and resolved references. It prints one row per document, the
 * totals, and last a summary line in the shared scorer's format. Exit 1 when a --min-* bound is not
 * met or a page could not be annotated, 2 on bad arguments.
 *   --verbose   also list, per document, the misses and the false finds
 *   --spawn     run the annotate CLI per page instead of annotating in this process
 *   --min-actor-f1 / --min-typed-f1 / --min-event-f1 / --min-ref-f1 / --min-kind / --min-letter X
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateByCli, annotateInProcess } from './annotate-page';
import {
  ACTOR_TYPES,
  addCounts,
  emptyByType,
  figures,
  matchActors,
  matchEvents,
  matchLetters,
  matchReferences,
  type Counts,
} from './match';
import { readFound, readTruth } from './shapes';
import { publicationUrl } from '@/lib/model/site';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const BOUNDS = {
  'min-actor-f1': 'actor F1',
  'min-typed-f1': 'typed F1',
  'min-event-f1': 'event F1',
  'min-ref-f1': 'ref F1',
  'min-kind': 'kind',
  'min-letter': 'letter fields',
} as const;
type Bound = keyof typeof BOUNDS;

interface Options {
  pages: string;
  truth: string;
  verbose: boolean;
  spawn: boolean;
  min: Record<Bound, number>;
}

const USAGE = [
  'usage: score [--pages DIR] [--truth DIR] [--verbose] [--spawn]',
  '[--min-actor-f1 X] [--min-typed-f1 X] [--min-event-f1 X] [--min-ref-f1 X] [--min-kind X] [--min-letter X]',
].join(' ');

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    pages: join(ROOT, 'tests/fixtures/pages'),
    truth: join(ROOT, 'tests/fixtures/truth'),
    verbose: false,
    spawn: false,
    min: { 'min-actor-f1': 0, 'min-typed-f1': 0, 'min-event-f1': 0, 'min-ref-f1': 0, 'min-kind': 0, 'min-letter': 0 },
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const name = arg.replace(/^--/, '');
    if (arg === '--verbose') options.verbose = true;
    else if (arg === '--spawn') options.spawn = true;
    else if (arg === '--pages' || arg === '--truth') {
      const dir = argv[++i];
      if (!dir) throw new Error(`${arg} needs a folder`);
      options[name as 'pages' | 'truth'] = resolve(dir);
    } else if (Object.hasOwn(BOUNDS, name)) {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value)) throw new Error(`${arg} needs a number`);
      options.min[name as Bound] = value;
    } else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const pr = (c: Counts): string => {
  const f = figures(c);
  return `${pct(f.precision)}/${pct(f.recall)}`;
};

interface Totals {
  docs: number;
  failed: number;
  kindRight: number;
  idRight: number;
  letterRight: number;
  letterScored: number;
  actors: Counts;
  typed: Counts;
  byType: ReturnType<typeof emptyByType>;
  events: Counts;
  refs: Counts;
}

async function scoreOne(options: Options, id: string, totals: Totals): Promise<void> {
  const truth = readTruth(JSON.parse(readFileSync(join(options.truth, `${id}.json`), 'utf8')) as unknown);
  const page = join(options.pages, `${id}.html`);
  totals.docs++;
  if (!existsSync(page)) {
    totals.failed++;
    console.log(`${id.padEnd(32)}no page ${page}`);
    return;
  }
  const url = truth.url ?? publicationUrl(id);
  let report: unknown;
  try {
    report = options.spawn ? await annotateByCli(ROOT, page, url) : await annotateInProcess(page, url);
  } catch (error) {
    totals.failed++;
    console.log(`${id.padEnd(32)}annotate failed: ${String((error as Error)?.message ?? error).slice(0, 120)}`);
    return;
  }
  const found = readFound(report);
  const kindRight = found.kind === truth.kind;
  const idRight = found.id === truth.id;
  const actors = matchActors(found.actors, truth.actors);
  const events = matchEvents(found.eventDates, truth.events);
  const refs = matchReferences(found.referenceTargets, truth.references);
  const letters = matchLetters(found.letters, truth.letters);

  totals.kindRight += Number(kindRight);
  totals.idRight += Number(idRight);
  totals.letterRight += letters.right;
  totals.letterScored += letters.scored;
  addCounts(totals.actors, actors.untyped);
  addCounts(totals.typed, actors.typed);
  for (const type of [...ACTOR_TYPES, 'other'] as const) addCounts(totals.byType[type], actors.byType[type]);
  addCounts(totals.events, events.counts);
  addCounts(totals.refs, refs.counts);

  const typedF1 = pct(figures(actors.typed).f1);
  const columns = [pr(actors.untyped), typedF1, pr(events.counts), pr(refs.counts), `${letters.right}/${letters.scored}`];
  console.log(`${id.padEnd(32)}${kindRight ? ' ok ' : ' NO '}  ${columns.join('   ')}${idRight ? '' : '  id?'}`);
  if (!options.verbose) return;
  if (!kindRight) console.log(`    kind: got ${found.kind}, want ${truth.kind}`);
  if (!idRight) console.log(`    id: got ${found.id}, want ${truth.id}`);
  for (const a of actors.misses) console.log(`    missed actor: ${a.name} (${a.type})`);
  for (const a of actors.falseFinds) console.log(`    false actor: ${a.name} (${a.type})`);
  for (const w of actors.wrongType)
    console.log(`    wrong type: ${w.found.name} is ${w.found.type}, want ${w.truth.type} (${w.truth.name})`);
  for (const e of events.misses) console.log(`    missed event: ${e.key}${e.hint ? ` (${e.hint})` : ''}`);
  for (const d of events.falseFinds) console.log(`    false event: ${d}`);
  for (const r of refs.misses) console.log(`    missed reference: ${r.key}${r.hint ? ` (${r.hint})` : ''}`);
  for (const t of refs.falseFinds) console.log(`    false reference: ${t}`);
  for (const m of letters.misses) {
    const where = m.field === 'count' ? 'letters' : `letter ${m.letter} ${m.field}`;
    console.log(`    ${where}: got "${m.got}", want "${m.want}"`);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`score: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(options.truth)) {
    console.error(`score: no truth folder ${options.truth}`);
    return 2;
  }
  const totals: Totals = {
    docs: 0,
    failed: 0,
    kindRight: 0,
    idRight: 0,
    letterRight: 0,
    letterScored: 0,
    actors: { tp: 0, fp: 0, fn: 0 },
    typed: { tp: 0, fp: 0, fn: 0 },
    byType: emptyByType(),
    events: { tp: 0, fp: 0, fn: 0 },
    refs: { tp: 0, fp: 0, fn: 0 },
  };
  const ids = readdirSync(options.truth)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => f.slice(0, -'.json'.length));
  console.log('document                        kind  actors P/R       typed F1  events P/R      refs P/R        letter');
  for (const id of ids) await scoreOne(options, id, totals);

  const actor = figures(totals.actors);
  const typed = figures(totals.typed);
  const event = figures(totals.events);
  const ref = figures(totals.refs);
  const kind = totals.docs ? totals.kindRight / totals.docs : 0;
  const letter = totals.letterScored ? totals.letterRight / totals.letterScored : 1;
  console.log('');
  console.log(`actors   P ${pct(actor.precision)}  R ${pct(actor.recall)}  F1 ${pct(actor.f1)}   typed F1 ${pct(typed.f1)}`);
  for (const type of [...ACTOR_TYPES, 'other'] as const) {
    const c = totals.byType[type];
    if (type === 'other' && c.tp + c.fp + c.fn === 0) continue;
    const f = figures(c);
    console.log(
      `  ${type.padEnd(13)}P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${pct(f.f1)}   (${c.tp} right, ${c.fp} false, ${c.fn} missed)`,
    );
  }
  console.log(`events   P ${pct(event.precision)}  R ${pct(event.recall)}  F1 ${pct(event.f1)}`);
  console.log(`refs     P ${pct(ref.precision)}  R ${pct(ref.recall)}  F1 ${pct(ref.f1)}`);
  const counted = [`kind ${totals.kindRight}/${totals.docs}`, `id ${totals.idRight}/${totals.docs}`];
  counted.push(`letter fields ${totals.letterRight}/${totals.letterScored}`, `failed ${totals.failed}`);
  console.log(counted.join('  '));

  const reached: Record<Bound, number> = {
    'min-actor-f1': actor.f1,
    'min-typed-f1': typed.f1,
    'min-event-f1': event.f1,
    'min-ref-f1': ref.f1,
    'min-kind': kind,
    'min-letter': letter,
  };
  const short = (Object.keys(BOUNDS) as Bound[])
    .filter((b) => reached[b] < options.min[b])
    .map((b) => `${BOUNDS[b]} ${reached[b].toFixed(3)} < ${options.min[b]}`);
  if (totals.failed) short.push(`${totals.failed} pages failed`);
  const summary = Object.entries({ actorF1: actor.f1, typedF1: typed.f1, eventF1: event.f1, refF1: ref.f1, kind, letter })
    .map(([name, value]) => `${name}=${value.toFixed(3)}`)
    .join(' ');
  console.log(`${short.length ? `SHORT: ${short.join('; ')} | ` : ''}${summary}`);
  return short.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
