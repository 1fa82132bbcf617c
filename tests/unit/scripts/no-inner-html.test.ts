// The build removes Preact's dangerouslySetInnerHTML assignment (web-ext lint's UNSAFE_VAR_ASSIGNMENT)
// and Preact still renders: the rewritten bundle is loaded and used here.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noInnerHtml, removeInnerHtml } from '@/scripts/no-inner-html';

const PREACT_DIST = join(__dirname, '..', '..', '..', 'node_modules', 'preact', 'dist');
const DYNAMIC_ASSIGNMENT = /\.innerHTML\s*=(?!=)\s*(?!""|'')/;

type Preact = {
  h: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  render: (vnode: unknown, parent: Element) => void;
};

describe('no innerHTML from Preact', () => {
  it("rewrites Preact's bundles so no innerHTML is set from a variable", () => {
    for (const name of ['preact.mjs', 'preact.module.js']) {
      const code = readFileSync(join(PREACT_DIST, name), 'utf8');
      expect(DYNAMIC_ASSIGNMENT.test(code), name).toBe(true);
      expect(DYNAMIC_ASSIGNMENT.test(removeInnerHtml(code, name)), name).toBe(false);
    }
  });

  it('fails the build on an innerHTML assignment it does not know', () => {
    expect(() => removeInnerHtml('e.innerHTML=t.html;', 'preact.mjs')).toThrow(/does not know/);
    expect(removeInnerHtml('e.innerHTML="";', 'preact.mjs')).toBe('e.innerHTML="";');
  });

  it("touches only Preact's bundles", () => {
    const transform = noInnerHtml().transform as (code: string, id: string) => { code: string } | null;
    expect(transform('el.innerHTML=x.__html', '/p/lib/ui/x.ts')).toBeNull();
    expect(transform('el.innerHTML=x.__html', '/p/node_modules/preact/dist/preact.mjs')?.code).not.toContain('innerHTML=');
  });

  it('leaves a Preact that renders, and refuses dangerouslySetInnerHTML', async () => {
    const code = removeInnerHtml(readFileSync(join(PREACT_DIST, 'preact.mjs'), 'utf8'), 'preact.mjs');
    // Inside the project (Vitest loads modules from there), in a folder git ignores.
    const dir = join(PREACT_DIST, '..', '..', '.cache', 'kantlijn-tests');
    mkdirSync(dir, { recursive: true });
    const scratch = mkdtempSync(join(dir, 'preact-'));
    const file = join(scratch, 'preact.mjs');
    writeFileSync(file, code);
    const { h, render } = (await import(/* @vite-ignore */ file)) as Preact;
    rmSync(scratch, { recursive: true });
    const root = document.createElement('div');
    render(h('p', { class: 'x' }, 'Kantlijn ', h('b', null, 'leest')), root);
    expect(root.innerHTML).toBe('<p class="x">Kantlijn <b>leest</b></p>');
    expect(() => render(h('p', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }), root)).toThrow(
      /dangerouslySetInnerHTML is removed/,
    );
  });
});
