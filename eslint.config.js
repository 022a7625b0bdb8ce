import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'evidence-bundles/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
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
