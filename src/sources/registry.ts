import type { SourceEntry } from './source.js'
import { modelSourcesConfigured } from './models/configured.js'

/**
 * Every source, in the order they collect. Adding a source: its folder under `src/sources/`, whose
 * `source.ts` implements `Source`; one line here; and its settings in the config schema. Each entry loads
 * its implementation with `import()`, so a run parses only the SDKs of the sources it uses.
 */
export const SOURCES: readonly SourceEntry[] = [
  {
    id: 'github',
    title: 'GitHub',
    sharded: true,
    enabled: () => true,
    load: () => import('./github/source.js')
  },
  {
    id: 'models',
    title: 'models',
    enabled: (settings) => modelSourcesConfigured(settings.config),
    load: () => import('./models/source.js')
  },
  // Opt-in: an S3 destination's credentials alone must not turn into a request for every IAM read permission.
  {
    id: 'aws',
    title: 'AWS',
    enabled: (settings) => settings.config.aws.enabled,
    load: () => import('./aws/source.js')
  }
]
