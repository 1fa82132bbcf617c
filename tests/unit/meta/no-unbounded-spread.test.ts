// No call takes an array of data as spread arguments: `push(...found)`, `Math.max(...sizes)` or
// `String.fromCharCode(...codes)` pass every element as an argument of one call, and beyond about
// 150,000 elements the call throws a RangeError (issue 14: a page with that many citations got no
// highlights and no notes). Biome has no rule for it, so this test reads the sources of lib/,
// entrypoints/ and components/ and fails on any call or `new` with a spread argument that is not
// listed below with the reason its array stays small.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['lib', 'entrypoints', 'components'];

// "file: callee" → why the spread array is small and of a fixed size.
const ALLOWED: Readonly<Record<string, string>> = {
  'lib/extract/gazetteer/data/agencies.ts: org': "a police region's few name variants, written in the list",
  'lib/extract/gazetteer/data/media-companies.ts: org': "a company's few aliases, written in the list",
  'lib/ui/words.ts: msg': "a count's one or two numbers, passed by the code that shows the count",
};

/** The calls and `new`s with a spread argument in `source`, as "file: callee (line N)". */
function spreadCalls(file: string, source: string): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      const callee = `${ts.isNewExpression(node) ? 'new ' : ''}${node.expression.getText(tree).split('.').pop()}`;
      found.push(`${file}: ${callee} (line ${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function sources(): string[] {
  return ROOTS.flatMap((root) =>
    readdirSync(join(process.cwd(), root), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
      .map((file) => `${root}/${file}`),
  );
}

const allowed = (call: string) => ALLOWED[call.replace(/ \(line \d+\)$/, '')] !== undefined;

describe('spread arguments', () => {
  it('are found in every form a call takes them', () => {
    const source = [
      'found.push(...more);',
      'list.unshift(...items);',
      'const top = Math.max(...sizes);',
      'const text = String.fromCharCode(...codes);',
      'const set = new Set(...pairs);',
      'fn(a, ...rest);',
      'const copy = [...items];', // an array literal takes any length: not a call
      'const merged = { ...a, ...b };',
    ].join('\n');
    expect(spreadCalls('x.ts', source)).toEqual([
      'x.ts: push (line 1)',
      'x.ts: unshift (line 2)',
      'x.ts: max (line 3)',
      'x.ts: fromCharCode (line 4)',
      'x.ts: new Set (line 5)',
      'x.ts: fn (line 6)',
    ]);
  });

  it('are not passed to any call in lib/, entrypoints/ or components/ but the listed ones', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(100);
    const calls = files.flatMap((file) => spreadCalls(file, readFileSync(join(process.cwd(), file), 'utf8')));
    expect(calls.filter((call) => !allowed(call))).toEqual([]);
    // A listed call that is gone is taken off the list, so that the list never allows a new one.
    const listed = new Set(calls.map((call) => call.replace(/ \(line \d+\)$/, '')));
    expect(Object.keys(ALLOWED).filter((key) => !listed.has(key))).toEqual([]);
  });
});
