/**
 * Every default of the inputs the action and the CLI share, in one place: `readSettings` (settings.ts) applies them,
 * the CLI's usage text quotes them, and a test asserts that action.yml declares the same ones.
 * No imports: the start path loads this before anything else.
 */

export type FailOn = 'none' | 'error' | 'failing-control'
export const FAIL_ON_VALUES: readonly FailOn[] = ['none', 'error', 'failing-control']

export const REPOSITORY_PATTERN = /^[A-Za-z0-9-]+\/(\*|[A-Za-z0-9._-]+)$/

/** Defaults by input name (the action input and the CLI flag have the same name). */
export const INPUT_DEFAULTS = {
  config: '.github/evidence.yml',
  destination: 'evidence-bundles',
  'spool-dir': 'evidence-bundles',
  's3-force-path-style': 'false',
  'fail-on': 'failing-control' satisfies FailOn,
  'rate-limit-wait': '900',
  'signing-key': 'none',
  mode: 'auto',
  attest: 'auto'
} as const

/** Evidence period when neither the input nor the config sets one. */
export const DEFAULT_PERIOD = 'P1D'
