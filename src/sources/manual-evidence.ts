import { readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { sha256Hex } from '../bundle/hash.js'
import type { EvidenceConfig } from '../config/schema.js'
import { InputError } from '../config/errors.js'
import type { Catalogs } from '../controls/catalog.js'
import type { ManualEvidenceItem, ManualRequirement } from '../controls/manual-evidence.js'
import { FRAMEWORKS, type ControlRefs } from '../model.js'
import { redact } from '../util/redact.js'

/** Where copied documents go in the bundle. */
export const MANUAL_DIR = 'manual'
/** Policies and records are documents, not data sets: anything larger is refused rather than bloating the bundle. */
export const MAX_MANUAL_EVIDENCE_BYTES = 25 * 1024 * 1024

export interface ManualEvidenceSink {
  writeBytes(path: string, bytes: Buffer): Promise<void>
}

/**
 * Copies each `manual-evidence` file into the bundle under `manual/` (hashed in the manifest like every file)
 * and records URLs with the hash the user gave. A file outside the workspace, missing, too large, or not
 * matching its stated sha256 is bad input: exit 2, one line naming the entry.
 */
export async function collectManualEvidence(
  config: EvidenceConfig,
  options: { workspace: string; source: string; catalogs: Catalogs; requirements: ManualRequirement[] },
  sink: ManualEvidenceSink
): Promise<ManualEvidenceItem[]> {
  const items: ManualEvidenceItem[] = []
  const copied = new Map<string, { path: string; sha256: string; size: number; bytes: Buffer }>()
  const workspace = await realpath(resolve(options.workspace)).catch(() => resolve(options.workspace))
  const requirementIds = new Set(options.requirements.map((r) => r.id))
  for (const [index, entry] of config['manual-evidence'].entries()) {
    const at = `${options.source}: manual-evidence[${index}] (${entry.title})`
    checkControls(entry.controls, options.catalogs, at)
    for (const id of entry.requirements ?? []) {
      if (!requirementIds.has(id)) {
        throw new InputError(
          `${at}: requirements: expected a requirement id of mappings/manual-evidence.yaml or manual-requirements, found "${id}"`
        )
      }
    }
    let location: ManualEvidenceItem['location']
    if (entry.url !== undefined) {
      location = { url: entry.url, sha256: entry.sha256!.toLowerCase() }
    } else {
      const from = await insideWorkspace(entry.path!, workspace, at)
      let file = copied.get(from)
      if (!file) {
        file = await readDocument(workspace, from, at)
        copied.set(from, file)
      }
      if (entry.sha256 !== undefined && entry.sha256.toLowerCase() !== file.sha256) {
        throw new InputError(
          `${at}: sha256: expected ${entry.sha256.toLowerCase()} (from the config), found ${file.sha256} for ${entry.path}`
        )
      }
      location = {
        path: file.path,
        sha256: file.sha256,
        size: file.size,
        from: relative(workspace, from).split(sep).join('/')
      }
    }
    items.push({
      id: `M-${index + 1}`,
      title: entry.title,
      controls: entry.controls,
      ...(entry.requirements !== undefined && { requirements: [...entry.requirements] }),
      ...(entry.owner !== undefined && { owner: entry.owner }),
      reviewed: entry.reviewed,
      reviewEvery: entry['review-every'],
      location
    })
  }
  // Written only once every entry is known good: bad input leaves no half-written bundle behind.
  for (const file of copied.values()) await sink.writeBytes(file.path, file.bytes)
  return items
}

/** The real path of a file that is inside the workspace, symlinks resolved, so `../` or a link cannot leave it. */
async function insideWorkspace(path: string, workspace: string, at: string): Promise<string> {
  const expected = `expected a file inside the workspace ${workspace}`
  const target = resolve(workspace, path)
  let real: string
  try {
    real = await realpath(target)
  } catch {
    throw new InputError(`${at}: path: ${expected}, found no file at ${JSON.stringify(path)}`)
  }
  const rel = relative(workspace, real)
  if (isAbsolute(path) && !real.startsWith(workspace + sep)) {
    throw new InputError(`${at}: path: ${expected}, found ${JSON.stringify(path)} outside it`)
  }
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new InputError(`${at}: path: ${expected}, found ${JSON.stringify(path)} resolving outside it`)
  }
  const info = await stat(real)
  if (!info.isFile())
    throw new InputError(`${at}: path: ${expected}, found ${JSON.stringify(path)} is not a file`)
  if (info.size > MAX_MANUAL_EVIDENCE_BYTES) {
    throw new InputError(
      `${at}: path: expected a document of at most ${MAX_MANUAL_EVIDENCE_BYTES / 1024 / 1024} MiB, found ${JSON.stringify(path)} of ${info.size} bytes`
    )
  }
  return real
}

async function readDocument(
  workspace: string,
  real: string,
  at: string
): Promise<{ path: string; sha256: string; size: number; bytes: Buffer }> {
  const bytes = await readFile(real)
  // Documents are copied byte for byte (redacting would change what was approved), so one holding a token of
  // this run is refused instead: tokens never enter a bundle.
  const asText = bytes.toString('latin1')
  if (redact(asText) !== asText) {
    throw new InputError(
      `${at}: path: expected a document without credentials, found a secret of this run in it`
    )
  }
  const rel = relative(workspace, real).split(sep).join('/')
  const path = `${MANUAL_DIR}/${rel.replace(/[^A-Za-z0-9._/-]/g, '_')}`
  return { path, sha256: sha256Hex(bytes), size: bytes.length, bytes }
}

function checkControls(refs: ControlRefs, catalogs: Catalogs, at: string): void {
  const count = FRAMEWORKS.reduce((n, framework) => n + (refs[framework]?.length ?? 0), 0)
  if (count === 0) throw new InputError(`${at}: controls: expected at least one control id, found none`)
  for (const framework of FRAMEWORKS) {
    const known = new Set(catalogs[framework].controls.map((c) => c.id))
    for (const id of refs[framework] ?? []) {
      if (!known.has(id)) throw new InputError(`${at}: controls.${framework}: unknown control "${id}"`)
    }
  }
}
