import { describeAwsError, isRegionUnavailable, safeMessage } from '../../src/sources/aws/errors.js'

const awsError = (name: string, status: number, message = 'simulated'): Error =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } })

const call = { operation: 'GetDetector', action: 'guardduty:GetDetector', region: 'eu-west-1' }

describe('describeAwsError', () => {
  it('names the IAM action of a denied call', () => {
    expect(describeAwsError(awsError('AccessDeniedException', 403), call)).toEqual({
      status: 403,
      message: 'GetDetector was denied: the role lacks guardduty:GetDetector',
      missingPermission: 'guardduty:GetDetector'
    })
    expect(describeAwsError(awsError('UnauthorizedOperation', 403), call).missingPermission).toBe(
      'guardduty:GetDetector'
    )
  })

  it('says when a service control policy denies explicitly', () => {
    const error = awsError('AccessDenied', 403, 'with an explicit deny in a service control policy')
    expect(describeAwsError(error, call).message).toMatch(/^GetDetector was denied: .*explicit deny/)
  })

  it('tells a disabled region from refused credentials without quoting the service', () => {
    const error = awsError(
      'UnrecognizedClientException',
      403,
      'The security token included in the request is invalid'
    )
    expect(isRegionUnavailable(error)).toBe(true)
    const described = describeAwsError(error, call)
    expect(described.message).toMatch(/eu-west-1.*not enabled/)
    expect(described.message).not.toMatch(/security token/)
    expect(described.missingPermission).toBeUndefined()
    expect(
      describeAwsError(error, { operation: 'GetCallerIdentity', action: 'sts:GetCallerIdentity' }).message
    ).toMatch(/credentials were refused/)
  })

  it('reports throttling that outlasted the retries, and malformed answers', () => {
    expect(describeAwsError(awsError('ThrottlingException', 400), call).message).toMatch(/still throttled/)
    const malformed = Object.assign(new Error('Unexpected token < in JSON at position 0'), {
      name: 'SyntaxError',
      $metadata: { httpStatusCode: 200 }
    })
    expect(describeAwsError(malformed, call).message).toMatch(/could not be read/)
  })

  it('keeps access keys and session tokens out of messages', () => {
    const message = safeMessage(
      new Error('key AKIAIOSFODNN7EXAMPLE token IQoJb3JpZ2luX2VjEXAMPLETOKENxxxxxxxxxxxxxxxx')
    )
    expect(message).not.toMatch(/AKIAIOSFODNN7EXAMPLE|IQoJb3JpZ2lu/)
  })
})
