import type { LoadedConfig } from '../config/load.js'
import { InputError } from '../config/errors.js'
import { FRAMEWORKS, type FrameworkId } from '../model.js'
import { loadCheckEvidence, MappingError, type Catalogs, type CheckMapping } from './catalog.js'
import { loadManualRequirements } from './manual-evidence.js'
import type { RollupContext } from './rollup.js'
import type { SoaMeta } from './soa.js'

/** Recorded in the bundle: what the rollup needs besides findings, mapping and config, for `verify`. */
export const SOA_INPUTS_FILE = 'soa-inputs.json'
export type SoaInputs = Omit<RollupContext, 'periodEnd'>

/** What the mappings say before any manual evidence is read: evidence types and the requirements (with the config's). */
export async function loadSoaBase(
  loaded: LoadedConfig,
  catalogs: Catalogs
): Promise<Pick<SoaInputs, 'checkEvidence' | 'requirements'>> {
  const source = loaded.source ?? '(default config)'
  try {
    return {
      checkEvidence: await loadCheckEvidence(),
      requirements: await loadManualRequirements(catalogs, loaded.config['manual-requirements'], source)
    }
  } catch (error) {
    if (error instanceof MappingError) throw new InputError(error.message)
    throw error
  }
}

/**
 * Which checks the config skipped and which control mappings it changed, per control, so the SoA shows who
 * decided what: `shipped` is mappings/checks.yaml, `overridden` the mapping after the config's `mappings:`.
 */
export function describeConfigDecisions(
  loaded: LoadedConfig,
  shipped: CheckMapping,
  overridden: CheckMapping,
  modeCheckIds: readonly string[]
): Pick<SoaInputs, 'skipped' | 'overrides'> {
  const source = loaded.source ?? '(default config)'
  const skip = new Set(loaded.config.checks.skip)
  const skipped = modeCheckIds
    .filter((id) => skip.has(id))
    .map((check) => ({ check, by: `${source}: checks.skip`, controls: overridden.get(check) ?? {} }))
  const overrides: SoaInputs['overrides'] = []
  for (const check of Object.keys(loaded.config.mappings).sort()) {
    if (!modeCheckIds.includes(check)) continue
    const by = `${source}: mappings.${check}`
    for (const framework of FRAMEWORKS) {
      const before = new Set(shipped.get(check)?.[framework] ?? [])
      const after = new Set(overridden.get(check)?.[framework] ?? [])
      const push = (control: string, change: 'added' | 'removed', f: FrameworkId) =>
        overrides.push({ check, change, by, framework: f, control })
      for (const control of after) if (!before.has(control)) push(control, 'added', framework)
      for (const control of before) if (!after.has(control)) push(control, 'removed', framework)
    }
  }
  return { skipped, overrides }
}

/** The SoA header from the config (`soa:`) and the run. */
export function soaMetaOf(
  loaded: LoadedConfig,
  run: { scope: string; period: { start: string; end: string }; tool: { name: string; version: string } }
): SoaMeta {
  const soa = loaded.config.soa
  return {
    ...run,
    approval: {
      ...(soa.version !== undefined && { version: soa.version }),
      ...(soa['approved-by'] !== undefined && { approvedBy: soa['approved-by'] }),
      ...(soa['approved-on'] !== undefined && { approvedOn: soa['approved-on'] })
    },
    configSha256: loaded.sha256
  }
}
