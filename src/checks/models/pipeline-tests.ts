import { RESULTS_KIND } from '../../sources/models/results.js'
import type { Check, CheckResult } from '../check.js'
import { testResults } from './views.js'

export const modelPipelineTests: Check = {
  metadata: {
    id: 'models.pipeline-tests',
    title: "The pipeline's model tests passed, and no required test was skipped",
    severity: 'high',
    rationale:
      'The model test suite is the verification the team designed; a failure or a skipped required test means the version was not verified.',
    remediation:
      'Fix the failing tests or the model, and make sure tests marked required run (a skipped required test counts as not done).',
    evidenceKinds: [RESULTS_KIND]
  },
  evaluate: (context) => {
    const { results, unreadable } = testResults(context)
    const errors: CheckResult[] = unreadable.map((record) => ({
      subject: record.subject,
      status: 'error',
      message: `Result file could not be read: ${record.error!.message}`,
      evidence: [record.path]
    }))
    return [
      ...errors,
      ...results.map((result): CheckResult => {
        const failed = result.tests.filter((t) => t.status === 'failed' || t.status === 'error')
        const skipped = result.tests.filter((t) => t.status === 'skipped' && t.required)
        const subject = `results:${result.file}`
        if (failed.length === 0 && skipped.length === 0) {
          return {
            subject,
            status: 'pass',
            message: `${result.tests.length} test(s) of ${result.model ?? result.file} passed.`,
            evidence: [result.path]
          }
        }
        return {
          subject,
          status: 'fail',
          message: `${result.model ?? result.file}: ${[...failed.map((t) => `${t.name} ${t.status}${t.message ? ` (${t.message.split('\n')[0]})` : ''}`), ...skipped.map((t) => `${t.name} skipped but required`)].join('; ')}.`,
          evidence: [result.path],
          details: [...failed, ...skipped]
        }
      })
    ]
  }
}
