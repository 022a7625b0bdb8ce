import type { Source } from '../source.js'
import { collectAws } from './collect.js'
import { AWS_SOURCE_KIND } from './scope.js'

/** AWS accounts (opt-in: `aws.enabled` in the config) as a plug-in of the nightly run. */
export const source: Source = {
  async collect(settings, sink, log) {
    const { env } = settings
    const aws = settings.config.aws
    const result = await collectAws(
      sink,
      {
        roleArns: aws['role-arns'],
        ...(aws.regions ? { regions: aws.regions } : {}),
        ...(aws.organization
          ? {
              organization: {
                roleName: aws.organization['role-name'],
                include: aws.organization.include,
                exclude: aws.organization.exclude
              }
            }
          : {}),
        ...(env.AWS_ENDPOINT_URL ? { endpoint: env.AWS_ENDPOINT_URL } : {})
      },
      {
        runId: `${settings.run.id}`,
        log: log.info,
        now: () => settings.now,
        env,
        period: { start: settings.period.start, end: settings.period.end }
      }
    )
    const notes: string[] = []
    if (result.notConfigured) {
      log.warning(`AWS evidence not collected: ${result.notConfigured}`)
      notes.push(`AWS evidence was not collected: ${result.notConfigured}`)
    } else log.info(`AWS: ${result.accounts.length} account(s), ${result.errors} error(s)`)
    const failed = settings.evidence.all(AWS_SOURCE_KIND).find((r) => r.error)
    return {
      manifest: result,
      notes,
      failures:
        result.accounts.length === 0
          ? [
              `AWS collected nothing: ${result.notConfigured ?? failed?.error?.message ?? 'no account could be read'}`
            ]
          : []
    }
  }
}
