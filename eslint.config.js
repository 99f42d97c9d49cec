import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import path from 'node:path';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------------------
// Import layers: one-way, cycle-free. Rows run top (1) to bottom (6). A folder under src/ may import from
// itself and from any folder in a LOWER row, plus the few sideways edges in SIDEWAYS; nothing else in src/.
// Not in the table, so unrestricted and importable by no folder in it: the top-level wiring src/app.ts,
// src/app.module.ts, src/main.ts and src/lifecycle/. test/, bench/ and colocated *.spec.ts are not checked.
const LAYERS = [
  ['registration', 'captain', 'admin', 'files', 'legacy'], // 1 doors: public form, captain's link, admin, signed file links, FastAPI-compatible API; never each other
  ['teams', 'health', 'metrics', 'docs'], // 2 team domain core shared by the doors; health; metrics; swagger helpers
  ['hardening'], // 3 request pipeline: guards, interceptors, error envelope, request logging
  ['jobs', 'mail', 'storage'], // 4 durable queues, and the mail/storage providers that run on them
  ['database', 'resilience'], // 5 drizzle connection and schema; circuit breakers and retry
  ['config', 'common'], // 6 app config; shared primitives (AppError, Clock, poll loop)
];
// The only edges allowed between two folders of the same row (one way each, so a row stays acyclic).
/** @type {Record<string, string[]>} */
const SIDEWAYS = {
  health: ['metrics', 'docs'], // provider gauges on MetricsService; swagger decorators for its endpoints
  mail: ['jobs'], // providers enqueue on the durable jobs; jobs never imports mail or storage
  storage: ['jobs'],
  config: ['common'], // ConfigModule provides the Clock
};

const layerZones = LAYERS.flatMap((row, i) =>
  row.map((dir) => {
    const allowed = [dir, ...(SIDEWAYS[dir] ?? []), ...LAYERS.slice(i + 1).flat()];
    return {
      target: `./src/${dir}`,
      from: './src',
      except: allowed.map((d) => `./${d}`),
      message: `src/${dir}/ is layer ${i + 1}: it may import only from ${allowed.join(', ')} (LAYERS in eslint.config.js).`,
    };
  }),
);
// ---------------------------------------------------------------------------------------------------------

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'drizzle/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'test/support/*.js'] } },
    },
    rules: {
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // `.js` specifiers (ESM/NodeNext) resolve to the `.ts` sources through tsconfig.json.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: path.join(import.meta.dirname, 'tsconfig.json') }),
      ],
      'import-x/extensions': ['.ts'],
    },
    rules: {
      // File-level cycles (type-only imports are erased at run time and not counted).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts'], // colocated tests, like test/, may import any layer
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**'],
    rules: {
      'no-undef': 'off', // Node's globals; TypeScript knows them, ESLint's core rule does not
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
