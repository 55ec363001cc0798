// Lint: typescript-eslint strictness plus the import boundaries of STYLE.md (pure folders stay pure,
// transports never touch the store).
import tseslint from 'typescript-eslint';

const pureFolders = [
  'src/playbook',
  'src/signals',
  'src/decide',
  'src/routing',
  'src/sla',
  'src/oncall',
  'src/automations',
];
const impure = ['**/store/**', '**/http/**', '**/workers/**', '**/cli/**', '**/mcp/**'];

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
    files: pureFolders.map((f) => `${f}/**/*.ts`),
    ignores: ['**/*.test.ts', 'src/playbook/load-playbook-file.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: impure, message: 'The pure core must not import I/O layers.' },
            {
              group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http'],
              message: 'The pure core does no I/O.',
            },
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
    files: ['src/http/**/*.ts', 'src/cli/**/*.ts', 'src/mcp/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/store/**'], message: 'Transports call verbs, never the store.' }] },
      ],
    },
  },
);
