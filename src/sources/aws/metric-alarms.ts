import type { RequestRecord } from '../../model.js'
import type { MetricFilterEvidence, TrailDestinationEvidence } from '../../evidence/aws-logging.js'
import { isError } from './errors.js'
import { sdkExports, type AccountScope } from './scope.js'

/** DescribeMetricFilters pages (50 filters each, the API's maximum) read at most. */
const FILTER_PAGES = 10
const MAX_PATTERN_CHARS = 1024
const MAX_ALARMS_PER_METRIC = 100

/** `arn:aws:logs:<region>:<account>:log-group:<name>:*` → region and name; undefined when not such an ARN. */
export function logGroupOf(arn: string): { region: string; account: string; name: string } | undefined {
  const match = /^arn:aws[a-z-]*:logs:([a-z0-9-]+):(\d{12}):log-group:([^:*]+)(?::\*)?$/.exec(arn)
  return match ? { region: match[1]!, account: match[2]!, name: match[3]! } : undefined
}

/**
 * The metric filters of a trail's CloudWatch Logs log group and, for each metric they publish, the alarms on
 * it (DescribeAlarmsForMetric) with their actions. A log group that no longer exists (ResourceNotFoundException)
 * is recorded as missing; other failures set `error`.
 */
export async function trailLogGroup(
  scope: AccountScope,
  arn: string,
  requests: RequestRecord[]
): Promise<Pick<TrailDestinationEvidence, 'logGroup' | 'error'>> {
  const group = logGroupOf(arn)
  if (!group) return { error: `CloudWatchLogsLogGroupArn ${arn.slice(0, 300)} is not a log group ARN` }
  const logs = sdkExports(await import('@aws-sdk/client-cloudwatch-logs'))
  const cloudwatch = sdkExports(await import('@aws-sdk/client-cloudwatch'))
  const logsClient = scope.clients.lazy(
    'logs',
    group.region,
    (settings) => new logs.CloudWatchLogsClient(settings)
  )
  const cwClient = scope.clients.lazy(
    'monitoring',
    group.region,
    (settings) => new cloudwatch.CloudWatchClient(settings)
  )
  const filters: MetricFilterEvidence[] = []
  let pages = 0
  let truncated = false
  const target = `log group ${group.name}`
  const listed = await scope.pages(
    'DescribeMetricFiltersCommand',
    group.region,
    logs.paginateDescribeMetricFilters({ client: logsClient, pageSize: 50 }, { logGroupName: group.name }),
    (page, request) => {
      requests.push(request)
      for (const filter of page.metricFilters ?? []) {
        filters.push({
          ...(filter.filterName ? { filterName: filter.filterName } : {}),
          ...(typeof filter.filterPattern === 'string'
            ? { filterPattern: filter.filterPattern.slice(0, MAX_PATTERN_CHARS) }
            : {}),
          metricTransformations: (filter.metricTransformations ?? []).map((t) => ({
            ...(t.metricName ? { metricName: t.metricName } : {}),
            ...(t.metricNamespace ? { metricNamespace: t.metricNamespace } : {})
          })),
          alarms: []
        })
      }
      if (++pages >= FILTER_PAGES && page.nextToken) {
        truncated = true
        return false
      }
    },
    { target }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    // DescribeMetricFilters: ResourceNotFoundException when the log group does not exist (API reference).
    if (isError(listed.error, 'ResourceNotFoundException')) {
      return { logGroup: { name: group.name, region: group.region, metricFilters: [], missing: true } }
    }
    return { error: listed.failure.message }
  }
  for (const filter of filters) {
    for (const t of filter.metricTransformations) {
      if (!t.metricName || !t.metricNamespace) continue
      const alarms = await scope.call(
        'DescribeAlarmsForMetricCommand',
        group.region,
        () =>
          cwClient.send(
            new cloudwatch.DescribeAlarmsForMetricCommand({
              MetricName: t.metricName,
              Namespace: t.metricNamespace
            })
          ),
        { target: `metric ${t.metricNamespace}/${t.metricName}` }
      )
      requests.push(alarms.request)
      if (!alarms.ok) {
        scope.countError()
        filter.alarmsError = alarms.failure.message
        continue
      }
      for (const alarm of (alarms.body.MetricAlarms ?? []).slice(0, MAX_ALARMS_PER_METRIC)) {
        filter.alarms.push({
          ...(alarm.AlarmName ? { AlarmName: alarm.AlarmName } : {}),
          ...(alarm.AlarmArn ? { AlarmArn: alarm.AlarmArn } : {}),
          ...(alarm.ActionsEnabled !== undefined ? { ActionsEnabled: alarm.ActionsEnabled } : {}),
          AlarmActions: (alarm.AlarmActions ?? []).slice(0, 10),
          ...(alarm.StateValue ? { StateValue: alarm.StateValue } : {}),
          ...(alarm.MetricName ? { MetricName: alarm.MetricName } : {}),
          ...(alarm.Namespace ? { Namespace: alarm.Namespace } : {})
        })
      }
    }
  }
  return {
    logGroup: {
      name: group.name,
      region: group.region,
      metricFilters: filters,
      ...(truncated ? { truncated: true as const } : {})
    }
  }
}
