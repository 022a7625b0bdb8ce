import type { ActorNode, PullRequestNode, ReviewNode } from '../../evidence/github.js'

/**
 * How GitHub counts reviews, applied to one merged pull request:
 * - a reviewer's latest review decides: "the pull request cannot be merged until the same collaborator
 *   submits another review approving the changes" after requesting changes, and a dismissal "changes the
 *   status of the review to a review comment" (docs.github.com, "Approving a pull request with required
 *   reviews", "Dismissing a pull request review"). In GraphQL a dismissed review has state DISMISSED.
 * - COMMENTED (and PENDING, visible only to its author) expresses no verdict and supersedes nothing.
 * - a review submitted after the merge did not approve the merge.
 * - an approval covers the commit it was given on (`commit.oid`); the merged head is `headRefOid`.
 */
const VERDICTS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

export interface ApprovalAssessment {
  /** Independent reviewers whose latest verdict is an approval of the merged head. */
  approvers: string[]
  /** Independent approvals (latest verdict) given on another commit than the merged head. */
  staleApprovals: { by: string; commit: string | null }[]
  /** Reviewers who approved and then requested changes or were dismissed before the merge. */
  withdrawn: { by: string; state: string }[]
  selfApproved: boolean
  botApprovers: string[]
  /** Approvals whose author is a deleted account: nobody can say who approved. */
  unknownApprovals: number
  /**
   * Review items GitHub returned as null: unknown reviews, which never count as approvals and might be a
   * change request withdrawing one, so a PR that would pass only without them is undecided.
   */
  nullReviews: number
  /** Set when the recorded reviews cannot decide the question (not all reviews recorded). */
  undecidable?: string
}

export function isBot(actor: ActorNode, botAccounts: readonly string[]): boolean {
  // GraphQL names a GitHub App `dependabot` with type Bot; REST and search name it `dependabot[bot]`.
  return (
    actor.__typename === 'Bot' ||
    actor.login.endsWith('[bot]') ||
    botAccounts.some((bot) => bot.toLowerCase() === actor.login.toLowerCase())
  )
}

export function assessApprovals(
  pr: PullRequestNode,
  botAccounts: readonly string[] = []
): ApprovalAssessment {
  const assessment: ApprovalAssessment = {
    approvers: [],
    staleApprovals: [],
    withdrawn: [],
    selfApproved: false,
    botApprovers: [],
    unknownApprovals: 0,
    nullReviews: 0
  }
  const nodes = pr.reviews?.nodes ?? []
  const reviews = nodes.filter((review): review is ReviewNode => review !== null)
  const total = pr.reviews?.totalCount ?? 0
  assessment.nullReviews = nodes.length - reviews.length
  if (!pr.reviews?.nodes || nodes.length < total) {
    assessment.undecidable = `${nodes.length} of ${total} review(s) recorded, so the latest review of each reviewer is unknown`
    return assessment
  }
  const beforeMerge = reviews
    .map((review, index) => ({ review, index }))
    .filter(
      ({ review }) =>
        VERDICTS.has(review.state) && review.submittedAt !== null && review.submittedAt <= pr.mergedAt
    )
    .sort((a, b) => a.review.submittedAt!.localeCompare(b.review.submittedAt!) || a.index - b.index)
  const latest = new Map<string, ReviewNode>()
  const approvedOnce = new Set<string>()
  for (const { review } of beforeMerge) {
    if (!review.author) {
      // A deleted account ("ghost"): its reviews cannot be told apart, so none is anyone's latest.
      if (review.state === 'APPROVED') assessment.unknownApprovals++
      continue
    }
    const login = review.author.login
    if (review.state === 'APPROVED') approvedOnce.add(login)
    latest.set(login, review)
  }
  const author = pr.author?.login
  for (const [login, review] of [...latest].sort(([a], [b]) => a.localeCompare(b))) {
    if (review.state !== 'APPROVED') {
      if (approvedOnce.has(login)) assessment.withdrawn.push({ by: login, state: review.state })
      continue
    }
    if (login === author) assessment.selfApproved = true
    else if (isBot(review.author!, botAccounts)) assessment.botApprovers.push(login)
    else if (review.commit?.oid !== pr.headRefOid)
      assessment.staleApprovals.push({ by: login, commit: review.commit?.oid ?? null })
    else assessment.approvers.push(login)
  }
  return assessment
}

const short = (oid: string | null) => (oid ? oid.slice(0, 12) : 'an unknown commit')

/** Why a PR with too few approvals fails, most specific first; names commits when an approval is stale. */
export function violationReason(pr: PullRequestNode, a: ApprovalAssessment, minimum: number): string {
  const parts: string[] = []
  if (a.approvers.length > 0)
    parts.push(`${a.approvers.length} independent approval(s) of the merged head, ${minimum} required`)
  for (const stale of a.staleApprovals)
    parts.push(
      `approval by ${stale.by} was given on ${short(stale.commit)}, but the merged head ${short(pr.headRefOid)} was never approved`
    )
  for (const w of a.withdrawn)
    parts.push(`approval by ${w.by} was withdrawn (latest review before merge: ${w.state})`)
  if (a.botApprovers.length > 0)
    parts.push(`approved by bot account(s) ${a.botApprovers.join(', ')}, which do not count`)
  if (a.nullReviews > 0) parts.push(`${a.nullReviews} review item(s) returned as null (unknown reviewer)`)
  if (a.unknownApprovals > 0)
    parts.push(`${a.unknownApprovals} approval(s) by a deleted account (unknown approver)`)
  if (parts.length > 0) return parts.join('; ')
  return a.selfApproved ? 'approved only by its author' : 'merged without an approving review'
}

/**
 * "in the period and the 60 min before it": the window searched, said without timestamps so that the
 * same population gives the same message night after night (the bounds are in the evidence).
 */
export function describeWindow(
  period: { start: string; end: string },
  window: { start: string; end: string } | undefined
): string {
  const lagMinutes = window ? Math.round((Date.parse(period.start) - Date.parse(window.start)) / 60_000) : 0
  return lagMinutes > 0 ? `in the period and the ${lagMinutes} min before it` : 'in the period'
}
