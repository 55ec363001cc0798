// Import rules of the layout (docs/adr/0003-layout.md), checked by `npm run deps`: no import cycles between
// modules, and each layer imports only the layers below it, so no two folders ever import each other.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-circular',
      severity: 'error',
      comment: 'No two folders import each other, directly or round a circle.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules never import each other in a circle at run time (a circle of type-only imports is erased).',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core imports nothing outside it but src/errors.ts.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/errors\\.ts$'] },
    },
    {
      name: 'store-below-services',
      severity: 'error',
      comment: 'The store knows only itself and the error family.',
      from: { path: '^src/store/' },
      to: { path: '^src/', pathNot: ['^src/store/', '^src/errors\\.ts$'] },
    },
    {
      name: 'services-below-runtime-and-transports',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: '^src/(runtime|transports)/' },
    },
    {
      name: 'runtime-below-transports',
      severity: 'error',
      from: { path: '^src/runtime/' },
      to: { path: '^src/transports/' },
    },
    {
      name: 'lifecycle-below-verbs',
      severity: 'error',
      comment: 'The write pipeline is what verbs use; it never calls a verb.',
      from: { path: '^src/services/lifecycle/' },
      to: { path: '^src/services/(?!lifecycle/)[^/]+/' },
    },
    {
      name: 'transports-call-services',
      severity: 'error',
      comment: 'HTTP, CLI and the bootstrap never touch the store (types aside).',
      from: { path: '^src/transports/' },
      to: { path: '^src/store/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.test\\.ts$|__fixtures__)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
