import { manifestAmbiguities, manifestKind } from '../../ai/dependencies.js'
import type { SourceLocation } from '../../model.js'
import { PR_EVIDENCE } from '../../evidence/pull-request.js'
import type { Check, CheckResult } from '../check.js'
import { oversizeFiles, withChangedFiles } from './context.js'

export const manifestsUnambiguous: Check = {
  metadata: {
    id: 'github.pr.manifests-unambiguous',
    version: 1,
    title: 'Changed manifests and lockfiles mean the same to every reader',
    severity: 'high',
    rationale:
      'A package.json with two `dependencies` blocks installs what npm reads (the last one) while a reviewer, and many scanners, see the first: a dependency can be hidden in plain sight. A TOML manifest with a table defined twice is refused by pip, uv and Poetry but read by line-based tools. A lockfile too large to read hides everything in it.',
    remediation:
      'Merge the repeated keys or tables into one (keep the entries you mean to install), so that the file has a single meaning; regenerate lockfiles with the package manager (npm install, poetry lock, uv lock) instead of editing them by hand.',
    evidenceKinds: [PR_EVIDENCE.contents]
  },
  evaluate: (context) =>
    withChangedFiles(context, ({ subject }, files, contentsPath): CheckResult => {
      const evidence = [contentsPath]
      const manifests = files.filter((file) => manifestKind(file.path) !== undefined)
      const oversize = oversizeFiles(manifests, () => true)
      const locations: SourceLocation[] = manifests
        .filter((file) => file.head !== undefined)
        .flatMap((file) =>
          manifestAmbiguities(file.path, file.head!).map((a) => ({
            path: file.path,
            line: a.line,
            message: a.message
          }))
        )
      if (locations.length > 0) {
        return {
          subject,
          status: 'fail',
          message: `${locations.length} ambiguous entr${locations.length === 1 ? 'y' : 'ies'} in changed manifests: ${locations.map((l) => `${l.path}:${l.line}`).join(', ')}.${oversize.length > 0 ? ` Not checked: ${oversize.join('; ')}.` : ''}`,
          evidence,
          locations
        }
      }
      if (oversize.length > 0) {
        return {
          subject,
          status: 'error',
          message: `Not checked: ${oversize.join('; ')}.`,
          evidence,
          locations: manifests
            .filter((file) => file.tooLarge?.head !== undefined)
            .map((file) => ({
              path: file.path,
              line: 1,
              message: 'Too large to read; see the check message for the limit.'
            }))
        }
      }
      if (manifests.length === 0) {
        return {
          subject,
          status: 'not_applicable',
          message: 'The pull request changes no manifest or lockfile.',
          evidence
        }
      }
      return {
        subject,
        status: 'pass',
        message: `${manifests.length} changed manifest(s) and lockfile(s) have no repeated keys or tables.`,
        evidence
      }
    })
}
