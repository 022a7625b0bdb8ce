import { RESULTS_KIND } from '../../evidence/models.js'
import type { Check, CheckResult } from '../check.js'
import { testResults } from './views.js'

const DAY_MS = 86_400_000

export const modelPipelineTests: Check = {
  metadata: {
    id: 'models.pipeline-tests',
    version: 1,
    title: "The pipeline's model tests passed, and no required test was skipped",
    severity: 'high',
    rationale:
      'The model test suite is the verification the team designed; a failure or a skipped required test means the version was not verified.',
    remediation:
      'Fix the failing tests or the model, and make sure tests marked required run (a skipped required test counts as not done). Write the model version and run time into the result file (JUnit: suite property "version" and the testsuite timestamp; JSON: "version" and "timestamp").',
    evidenceKinds: [RESULTS_KIND]
  },
  evaluate: (context) => {
    const now = Date.parse(context.period.end)
    const maxAge = context.config.models['max-result-age-days']
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
        const name = `${result.model ?? result.file}${result.version ? ` ${result.version}` : ''}`
        // Results count for a model version at a time: without either they show nothing about production.
        const unknown = [
          ...(result.version ? [] : ['no model version (JUnit property "version", JSON "version")']),
          ...(result.at ? [] : ['no run time (JUnit testsuite "timestamp", JSON "timestamp")'])
        ]
        if (failed.length > 0 || skipped.length > 0) {
          return {
            subject,
            status: 'fail',
            message: `${name}: ${[...failed.map((t) => `${t.name} ${t.status}${t.message ? ` (${t.message.split('\n')[0]})` : ''}`), ...skipped.map((t) => `${t.name} skipped but required`)].join('; ')}${unknown.length > 0 ? `; and the file records ${unknown.join(' and ')}` : ''}.`,
            evidence: [result.path],
            details: [...failed, ...skipped]
          }
        }
        if (unknown.length > 0) {
          return {
            subject,
            status: 'error',
            message: `${result.file}: ${result.tests.length} test(s) passed, but the file records ${unknown.join(' and ')}, so it cannot be shown to verify a current model version.`,
            evidence: [result.path]
          }
        }
        const age = Math.floor((now - Date.parse(result.at!)) / DAY_MS)
        if (age > maxAge) {
          return {
            subject,
            status: 'fail',
            message: `${name}: the tests ran at ${result.at}, ${age} days ago (older than ${maxAge}): run them again on the version in production.`,
            evidence: [result.path]
          }
        }
        return {
          subject,
          status: 'pass',
          message: `${result.tests.length} test(s) of ${name} passed (run at ${result.at}).`,
          evidence: [result.path]
        }
      })
    ]
  }
}
