import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { AWS_AI_MONITORING_EVIDENCE, type SageMakerMonitoringEvidence } from '../../evidence/aws-ai.js'
import { sdkExports, type AccountScope } from './scope.js'

/** Endpoints and schedules described at most, and pages of each listing at most. */
const MAX_DESCRIBED = 100
const PAGES = 10

const iso = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined
  const date = new Date(value as string)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/**
 * SageMaker real-time endpoints of one region with their data capture (ListEndpoints, DescribeEndpoint), and
 * the Model Monitor schedules with their last execution (ListMonitoringSchedules, DescribeMonitoringSchedule).
 * A failed describe is kept on its endpoint or schedule (the checks say error for it); a failed listing
 * makes the record an error.
 */
export async function collectSageMakerMonitoring(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-sagemaker'))
  const client = scope.clients.lazy('sagemaker', region, (settings) => new sdk.SageMakerClient(settings))
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<SageMakerMonitoringEvidence> = {
    path: scope.path(region, 'sagemaker-monitoring'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring,
    requests
  }
  const truncated: string[] = []
  const names: string[] = []
  let pages = 0
  const endpoints = await scope.pages(
    'ListEndpointsCommand',
    region,
    sdk.paginateListEndpoints({ client, pageSize: 100 }, {}),
    (page, request) => {
      requests.push(request)
      for (const e of page.Endpoints ?? []) if (e.EndpointName) names.push(e.EndpointName)
      if (++pages >= PAGES && page.NextToken) {
        truncated.push('endpoints')
        return false
      }
    }
  )
  if (!endpoints.ok) {
    requests.push(endpoints.request)
    return scope.add({ ...record, error: endpoints.failure })
  }
  const scheduleNames: string[] = []
  pages = 0
  const schedules = await scope.pages(
    'ListMonitoringSchedulesCommand',
    region,
    sdk.paginateListMonitoringSchedules({ client, pageSize: 100 }, {}),
    (page, request) => {
      requests.push(request)
      for (const s of page.MonitoringScheduleSummaries ?? [])
        if (s.MonitoringScheduleName) scheduleNames.push(s.MonitoringScheduleName)
      if (++pages >= PAGES && page.NextToken) {
        truncated.push('monitoring schedules')
        return false
      }
    }
  )
  if (!schedules.ok) {
    requests.push(schedules.request)
    return scope.add({ ...record, error: schedules.failure })
  }
  if (names.length > MAX_DESCRIBED) truncated.push('endpoints')
  if (scheduleNames.length > MAX_DESCRIBED) truncated.push('monitoring schedules')

  const data: SageMakerMonitoringEvidence = { endpoints: [], schedules: [] }
  for (const name of names.slice(0, MAX_DESCRIBED)) {
    const described = await scope.call(
      'DescribeEndpointCommand',
      region,
      () => client.send(new sdk.DescribeEndpointCommand({ EndpointName: name })),
      { target: `endpoint ${name}` }
    )
    requests.push(described.request)
    if (!described.ok) {
      scope.countError()
      data.endpoints.push({ EndpointName: name, error: described.failure.message })
      continue
    }
    const e = described.body
    const capture = e.DataCaptureConfig
    data.endpoints.push({
      EndpointName: name,
      ...(e.EndpointArn ? { EndpointArn: e.EndpointArn } : {}),
      ...(e.EndpointStatus ? { EndpointStatus: e.EndpointStatus } : {}),
      ...(capture
        ? {
            DataCaptureConfig: {
              ...(capture.EnableCapture !== undefined ? { EnableCapture: capture.EnableCapture } : {}),
              ...(capture.CaptureStatus ? { CaptureStatus: capture.CaptureStatus } : {}),
              ...(capture.CurrentSamplingPercentage !== undefined
                ? { CurrentSamplingPercentage: capture.CurrentSamplingPercentage }
                : {}),
              ...(capture.DestinationS3Uri ? { DestinationS3Uri: capture.DestinationS3Uri } : {}),
              ...(capture.KmsKeyId ? { KmsKeyId: capture.KmsKeyId } : {})
            }
          }
        : {})
    })
  }
  for (const name of scheduleNames.slice(0, MAX_DESCRIBED)) {
    const described = await scope.call(
      'DescribeMonitoringScheduleCommand',
      region,
      () => client.send(new sdk.DescribeMonitoringScheduleCommand({ MonitoringScheduleName: name })),
      { target: `monitoring schedule ${name}` }
    )
    requests.push(described.request)
    if (!described.ok) {
      scope.countError()
      data.schedules.push({ MonitoringScheduleName: name, error: described.failure.message })
      continue
    }
    const s = described.body
    const last = s.LastMonitoringExecutionSummary
    const scheduled = iso(last?.ScheduledTime)
    data.schedules.push({
      MonitoringScheduleName: name,
      ...(s.MonitoringScheduleStatus ? { MonitoringScheduleStatus: s.MonitoringScheduleStatus } : {}),
      ...(s.EndpointName ? { EndpointName: s.EndpointName } : {}),
      ...(s.MonitoringType ? { MonitoringType: s.MonitoringType } : {}),
      ...(last
        ? {
            LastMonitoringExecutionSummary: {
              ...(last.MonitoringExecutionStatus
                ? { MonitoringExecutionStatus: last.MonitoringExecutionStatus }
                : {}),
              ...(scheduled ? { ScheduledTime: scheduled } : {}),
              ...(last.FailureReason ? { FailureReason: last.FailureReason.slice(0, 500) } : {})
            }
          }
        : {})
    })
  }
  await scope.add({ ...record, data: { ...data, ...(truncated.length ? { truncated } : {}) } })
}
