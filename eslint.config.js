import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'evidence-bundles/', 'coverage/', 'test-artifacts/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Plain JavaScript (the build script, this file) is outside the TypeScript project: lint it without types.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    // Tests read JSON the code under test wrote (bundles, manifests, API answers) and assert on its fields; typing
    // every parsed document would only restate the production types, so the no-unsafe-* family is off there.
    files: ['__tests__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Test doubles implement async interfaces with synchronous bodies, and assertions stringify response data
      // the API types as objects but the server sent as text.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-base-to-string': 'off'
    }
  },
  {
    // Checks are pure functions of recorded evidence (so `verify` can re-derive them): they read evidence
    // types from src/evidence/, never a collector, an SDK, the file system or the network.
    files: ['src/checks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sources/**', '**/sources'],
              message: 'Checks read evidence types from src/evidence/, not collectors (issue 12).'
            },
            {
              group: ['@aws-sdk/*', '@octokit/*', '@actions/*', '@smithy/*', 'undici', 'undici/*'],
              message: 'Checks are pure: no SDK or network client (issue 12).'
            },
            {
              group: [
                'node:fs',
                'node:fs/*',
                'fs',
                'fs/*',
                'node:http',
                'node:https',
                'node:http2',
                'node:net'
              ],
              message: 'Checks are pure: no file system or network (issue 12).'
            },
            { group: ['http', 'https', 'http2', 'net'], message: 'Checks are pure: no network (issue 12).' }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Checks are pure: no network (issue 12).' },
        { name: 'XMLHttpRequest', message: 'Checks are pure: no network (issue 12).' }
      ]
    }
  }
)
