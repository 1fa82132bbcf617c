/**
 * A Vite plugin that removes Preact's `dangerouslySetInnerHTML` path from the bundles. Kantlijn
 * never sets HTML from a string (every node is built by Preact from text), yet Preact's renderer
 * carries `dom.innerHTML = props.dangerouslySetInnerHTML.__html`, which `web-ext lint` reports as
 * an unsafe assignment and a store reviewer has to ask about. The assignment becomes a throw, so a
 * future use fails loudly instead of writing HTML. The build fails when a Preact update changes the
 * code so that an assignment from a variable is left.
 */
import type { Plugin } from 'vite';

/** Preact's own bundles, the only code this plugin touches. */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/][^\\/]+\.m?js$/;
/** `u.innerHTML=h.__html` in the minified bundle (spaces allowed for the unminified builds). */
const HTML_ASSIGNMENT = /([\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html\b/g;
/** Any assignment to innerHTML other than clearing it with an empty string literal. */
const OTHER_ASSIGNMENT = /\.innerHTML\s*=(?!=)\s*(?!""|''|``)/;
const THROW = '(()=>{throw new Error("Kantlijn: dangerouslySetInnerHTML is removed at build time (scripts/no-inner-html.ts)")})()';

/** Rewrites one Preact bundle; throws when an innerHTML assignment from a variable would remain,
 *  so an update of Preact cannot bring the warning back unnoticed. */
export function removeInnerHtml(code: string, id: string): string {
  const out = code.replace(HTML_ASSIGNMENT, THROW);
  if (OTHER_ASSIGNMENT.test(out)) {
    throw new Error(`${id}: an innerHTML assignment that scripts/no-inner-html.ts does not know; update its pattern`);
  }
  return out;
}

/** The plugin wxt.config.ts adds to Vite: it runs before Preact's preset sees the module. */
export function noInnerHtml(): Plugin {
  return {
    name: 'kantlijn:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!PREACT_DIST.test(file) || !code.includes('innerHTML')) return null;
      return { code: removeInnerHtml(code, file), map: null };
    },
  };
}
