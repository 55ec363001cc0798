// Lint: typescript-eslint strictness plus the layout's import boundaries (docs/adr/0003-layout.md):
// src/core is pure, SQL lives only in src/store, transports call services and never the store.
import tseslint from 'typescript-eslint';

const outsideCore = [
  '**/store/**',
  '**/services/**',
  '**/runtime/**',
  '**/transports/**',
  '**/context.js',
  '**/index.js',
];
const io = [
  'node:fs',
  'node:fs/*',
  'fs',
  'node:net',
  'node:http',
  'node:child_process',
  'node:worker_threads',
];

/** Query-builder calls: every SQL statement lives in src/store. */
const queryBuilderCalls = [
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'replaceInto',
  'mergeInto',
].map((name) => ({
  selector: `CallExpression[callee.property.name='${name}']`,
  message: `${name}: SQL lives in src/store (a query function under src/store/queries).`,
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      curly: 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core: no I/O, no clock of its own, nothing from the layers around it (errors.ts is shared by all).
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: outsideCore, message: 'src/core imports nothing outside src/core (but src/errors.ts).' },
            { group: io, message: 'src/core does no I/O.' },
            { group: ['kysely', 'pg', 'better-sqlite3', 'fastify'], message: 'src/core does no I/O.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The pure core takes the clock as an argument.' },
      ],
    },
  },
  {
    // Outside the store: no query builder, no SQL, no database driver; Kysely's types are fine.
    files: ['src/**/*.ts'],
    ignores: ['src/store/**', 'src/core/**', 'src/transports/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...queryBuilderCalls,
        { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'Raw SQL lives in src/store.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'kysely', allowTypeImports: true, message: 'Only src/store uses Kysely itself.' },
            { name: 'pg', message: 'Only src/store talks to the database.' },
            { name: 'better-sqlite3', message: 'Only src/store talks to the database.' },
          ],
        },
      ],
    },
  },
  {
    // Transports are thin: they call services (and start the runtime), never the store; its types are fine.
    files: ['src/transports/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...queryBuilderCalls,
        { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'Raw SQL lives in src/store.' },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**'],
              allowTypeImports: true,
              message: 'Transports call services, never the store.',
            },
          ],
          paths: [
            { name: 'kysely', allowTypeImports: true, message: 'Transports call services, never the store.' },
            { name: 'pg', message: 'Transports call services, never the store.' },
            { name: 'better-sqlite3', message: 'Transports call services, never the store.' },
          ],
        },
      ],
    },
  },
);
