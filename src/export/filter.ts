import type { FrameworkId, Finding } from '../model.js'

/** `--framework` and `--control`: which findings (and so which populations and index rows) the export covers. */
export interface FindingFilter {
  framework?: FrameworkId
  control?: string
  matches(finding: Finding): boolean
  /** The finding's controls that pass the filter, as `[framework, control]`. */
  controlsOf(finding: Finding): [FrameworkId, string][]
}

export function findingFilter(framework?: FrameworkId, control?: string): FindingFilter {
  const controlsOf = (finding: Finding): [FrameworkId, string][] =>
    Object.entries(finding.controls ?? {})
      .filter(([id]) => !framework || id === framework)
      .flatMap(([id, controls]) =>
        (Array.isArray(controls) ? controls : [])
          .filter((c) => !control || c === control)
          .map((c): [FrameworkId, string] => [id as FrameworkId, c])
      )
  return {
    ...(framework ? { framework } : {}),
    ...(control ? { control } : {}),
    controlsOf,
    matches: (finding) => (!framework && !control) || controlsOf(finding).length > 0
  }
}
