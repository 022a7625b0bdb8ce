import type { ApprovalEvent, UserContextJson } from '../../evidence/models.js'

/**
 * A principal as it can be compared: the IAM role (an assumed-role session ARN and the role ARN name the
 * same role; the path is not in the session ARN, so roles compare by account and name) and the person,
 * when one is known: a SourceIdentity, a Studio user profile, an IAM user, or the session name of an IAM
 * Identity Center role (`AWSReservedSSO_*`, whose session name is the user name Identity Center sets).
 * A session name of any other role is chosen by the caller and says nothing.
 */
export interface Principal {
  role?: string
  person?: string
  display: string
}

export function principalOfEvent(identity: ApprovalEvent['identity']): Principal {
  return principal(identity.arn ?? identity.issuerArn, identity.sourceIdentity, undefined)
}

export function principalOfUserContext(user: UserContextJson | undefined): Principal | undefined {
  if (!user) return undefined
  const arn = user.IamIdentity?.Arn
  if (!arn && !user.UserProfileName && !user.UserProfileArn) return undefined
  const profile = user.UserProfileName ?? user.UserProfileArn?.split('/').pop()
  return principal(arn, user.IamIdentity?.SourceIdentity, profile)
}

function principal(
  arn: string | undefined,
  sourceIdentity: string | undefined,
  profile: string | undefined
): Principal {
  let role: string | undefined
  let person = sourceIdentity || profile || undefined
  const assumed = arn && /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/.exec(arn)
  const iamRole = arn && /^arn:(aws[\w-]*):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn)
  const iamUser = arn && /^arn:(aws[\w-]*):iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/.exec(arn)
  if (assumed) {
    role = `arn:${assumed[1]}:iam::${assumed[2]}:role/${assumed[3]}`
    if (!person && assumed[3]!.startsWith('AWSReservedSSO_')) person = assumed[4]
  } else if (iamRole) {
    role = `arn:${iamRole[1]}:iam::${iamRole[2]}:role/${iamRole[3]}`
  } else if (iamUser) {
    person ??= iamUser[3]
  } else if (arn && /:root$/.test(arn)) {
    person ??= arn
  }
  const display = [person, arn ?? role].filter(Boolean).join(' via ')
  return {
    ...(role ? { role } : {}),
    ...(person ? { person: person.toLowerCase() } : {}),
    display: display || 'unknown'
  }
}

/**
 * Whether approver and creator can be shown to differ: by person when both are known; a shared role with
 * no person on one side cannot tell two people apart, so it does not show independence.
 */
export function sameApprover(approver: Principal, creator: Principal): string | undefined {
  if (approver.person && creator.person) {
    return approver.person === creator.person ? `approved by its creator ${creator.person}` : undefined
  }
  if (approver.role && creator.role && approver.role.toLowerCase() === creator.role.toLowerCase()) {
    return `approved under the role ${approver.role} that also created it, and no SourceIdentity or user profile tells the people apart`
  }
  return undefined
}
