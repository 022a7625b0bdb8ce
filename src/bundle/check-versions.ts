import type { Check } from '../checks/check.js'
import { TOOL_NAME } from '../version.js'

/**
 * A check whose findings in a bundle this build cannot re-derive: the bundle was made by another version of
 * the check (its logic or message text changed since, or it no longer exists). Its recorded findings are
 * still covered by the manifest's hashes and signature; only the re-derivation needs the build that made it.
 */
export interface NotRederived {
  check: string
  /** The check's version recorded in the bundle's checks.json (1 when the bundle predates versions). */
  bundleVersion: number
  /** This build's version of the check; absent when this build does not have the check. */
  buildVersion?: number
  /** Recorded findings of the check, not re-derived. */
  findings: number
  /** What to run to re-derive them: the build that made the bundle. */
  command: string
}

/**
 * The version of each check as the bundle's checks.json records it. A bundle made before checks carried a
 * version (or without a readable checks.json) was made by version 1 of every check.
 */
export function recordedCheckVersions(checksFile: unknown): Map<string, number> {
  const versions = new Map<string, number>()
  if (!Array.isArray(checksFile)) return versions
  for (const entry of checksFile as unknown[]) {
    if (!entry || typeof entry !== 'object') continue
    const { id, version } = entry as { id?: unknown; version?: unknown }
    if (typeof id !== 'string') continue
    versions.set(id, typeof version === 'number' && Number.isInteger(version) ? version : 1)
  }
  return versions
}

/**
 * Splits this build's checks into those whose version matches the bundle's (re-derived and compared) and
 * the bundle's checks it cannot re-derive, each with the command that can.
 */
export function matchCheckVersions(
  build: readonly Check[],
  recorded: Map<string, number>,
  recordedFindingChecks: string[],
  toolVersion: string,
  bundle: string
): { rederivable: Check[]; notRederived: NotRederived[] } {
  const command = `npx ${TOOL_NAME}@${toolVersion} verify ${bundle}`
  const count = (id: string) => recordedFindingChecks.filter((check) => check === id).length
  const rederivable: Check[] = []
  const notRederived: NotRederived[] = []
  for (const check of build) {
    const { id, version } = check.metadata
    const bundleVersion = recorded.get(id) ?? 1
    if (bundleVersion === version) rederivable.push(check)
    else notRederived.push({ check: id, bundleVersion, buildVersion: version, findings: count(id), command })
  }
  const known = new Set(build.map((check) => check.metadata.id))
  for (const [id, bundleVersion] of [...recorded].sort(([a], [b]) => a.localeCompare(b))) {
    if (!known.has(id)) notRederived.push({ check: id, bundleVersion, findings: count(id), command })
  }
  return { rederivable, notRederived }
}

export function describeNotRederived(entry: NotRederived): string {
  const build =
    entry.buildVersion === undefined
      ? 'this build does not have the check'
      : `this build has version ${entry.buildVersion}`
  return `${entry.check}: made by version ${entry.bundleVersion} of the check, ${build}, so its ${entry.findings} finding(s) were not re-derived (their hashes were checked); re-derive with ${entry.command}`
}
