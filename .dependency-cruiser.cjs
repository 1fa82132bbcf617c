/**
 * The layers of Kantlijn, lowest first (docs/architecture.md draws them). A module may import from
 * its own layer's folder and from layers below it, never from a layer above, and nothing outside
 * `tests/` imports from `tests/`. `npm run lint` runs this; a back-arrow fails CI.
 */
const LAYERS = [
  ['lib/model', 'lib/util'],
  ['lib/notes'],
  ['lib/extract'],
  ['lib/page'],
  ['lib/anchor'],
  ['lib/report', 'lib/ui'],
  ['lib/store'],
  ['lib/messages', 'lib/highlight'],
  ['lib/export', 'lib/library'],
  ['components'],
  ['entrypoints', 'lib/cli'],
  ['scripts'],
];

const folder = (path) => `^${path}/`;
const above = (index) =>
  LAYERS.slice(index + 1)
    .flat()
    .map(folder);

module.exports = {
  forbidden: [
    ...LAYERS.flatMap((layer, index) =>
      layer.map((path) => ({
        name: `layer:${path}`,
        comment: `${path} imports only from its own layer and the layers below it`,
        severity: 'error',
        from: { path: folder(path) },
        to: { path: above(index).length > 0 ? above(index) : ['^$'] },
      })),
    ),
    ...LAYERS.flatMap((layer) =>
      layer.map((path) => ({
        name: `same-layer:${path}`,
        comment: 'folders of one layer do not import each other',
        severity: 'error',
        from: { path: folder(path) },
        to: {
          path: layer
            .filter((other) => other !== path)
            .map(folder)
            .concat(['^$']),
        },
      })),
    ),
    {
      name: 'no-tests-outside-tests',
      comment: 'the product and its scripts never import test code',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'resolvable',
      comment: 'every import resolves: an unresolved one would pass the layer rules unseen',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    // "@/lib/…" is the project's root, as WXT's tsconfig and Vite define it.
    webpackConfig: { fileName: '.dependency-cruiser.webpack.cjs' },
  },
};
