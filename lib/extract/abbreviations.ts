/**
 * Dutch abbreviations that end in a period without ending a sentence ("nr.", "jl.", "t.a.v.").
 * `Intl.Segmenter` ends sentences after them, which is why sentences are split here instead.
 * Lower case, without the final period, inner periods kept.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'nr', 'nrs', 'jl', 'j.l', 'a.s', 't.a.v', 'm.b.t', 'm.b.v', 'o.a', 'i.p.v', 'n.a.v', 'm.i.v', 'i.v.m', 'i.o.m', 'bijv', 'bv', 'b.v',
  'e.d', 'e.a', 'enz', 'etc', 'd.d', 'dhr', 'mevr', 'mr', 'drs', 'dr', 'prof', 'ir', 'ing', 'ds', 'art', 'artt', 'blz', 'p', 'pag', 'vgl',
  'zgn', 'z.g.a', 'incl', 'excl', 'resp', 'ca', 'c.q', 'm.a.w', 'd.w.z', 'a.g.v', 'o.b.v', 'v.w.b', 'mld', 'mln', 'mrd', 'mio', 'jr',
  'sr', 'st', 'stb', 'stcrt', 'trb', 'hand', 'aanh', 'vz', 'min', 'staatssecr', 'sub', 'par',
  'red', 'evt', 'max', 'gem', 'tel', 'fig', 'hfd', 'hfdst', 'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'okt', 'nov', 'dec', 'th', 'chr', 'ij',
]);

/**
 * Abbreviations that often close a sentence as well ("… op 2 oktober jl. In zijn tweet …"): they end
 * one when a capital follows, never before a lower-case word, a digit or a bracket.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['jl', 'j.l', 'a.s', 'enz', 'etc', 'e.d', 'e.a']);
