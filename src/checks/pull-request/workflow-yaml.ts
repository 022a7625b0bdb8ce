import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml'
import { MAX_YAML_ALIASES } from '../../config/load.js'

export interface WorkflowProblem {
  line: number
  message: string
}

/** Far more YAML nodes than any real workflow has, once aliases are expanded. */
const MAX_WORKFLOW_NODES = 50_000

export const isWorkflowFile = (path: string) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)

/** Reads a workflow with line numbers; a YAML error is itself a problem at its line. */
export function readWorkflow(text: string): {
  root?: Node
  line: (node: Node | null | undefined) => number
  problems: WorkflowProblem[]
} {
  const counter = new LineCounter()
  const document = parseDocument(text, { lineCounter: counter })
  const line = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : 1)
  if (document.errors.length > 0) {
    const error = document.errors[0]!
    return {
      line,
      problems: [
        { line: counter.linePos(error.pos[0]).line, message: `invalid YAML: ${error.message.split('\n')[0]}` }
      ]
    }
  }
  // GitHub Actions reads anchors and aliases (`permissions: *all`); a check that skipped alias nodes would not
  // see what they stand for. Each alias is replaced by a copy of its anchor (lines then point at the anchor),
  // and an alias bomb stops at MAX_YAML_ALIASES.
  // In document order, so that an alias refers to the latest anchor of its name before it, as YAML says.
  const anchors = new Map<string, Node>()
  let aliases = 0
  let nodes = 0
  let bomb = false
  visit(document, {
    Node(_, node) {
      // Aliases of aliases multiply (a "billion laughs"): the expanded size is bounded, not only their count.
      if (++nodes > MAX_WORKFLOW_NODES) {
        bomb = true
        return visit.BREAK
      }
      if (!isAlias(node) && node.anchor) anchors.set(node.anchor, node)
    },
    Alias(_, alias) {
      if (++aliases > MAX_YAML_ALIASES) {
        bomb = true
        return visit.BREAK
      }
      const target = anchors.get(alias.source)
      return target ? (target.clone() as Node) : undefined
    }
  })
  if (bomb) {
    return {
      line,
      problems: [
        {
          line: 1,
          message: `YAML aliases expand beyond ${MAX_YAML_ALIASES} aliases or ${MAX_WORKFLOW_NODES} nodes (an alias bomb); the workflow was not read`
        }
      ]
    }
  }
  return { root: document.contents ?? undefined, line, problems: [] }
}

export function mapEntry(node: unknown, key: string): { key: Node; value: Node | null } | undefined {
  if (!isMap(node)) return undefined
  const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
  return pair ? { key: pair.key as Node, value: (pair.value as Node | null) ?? null } : undefined
}

export function mapEntries(node: unknown): { key: string; keyNode: Node; value: Node | null }[] {
  if (!isMap(node)) return []
  return node.items
    .filter((item) => isPair(item) && isScalar(item.key))
    .map((item) => ({
      key: String((item.key as { value: unknown }).value),
      keyNode: item.key as Node,
      value: (item.value as Node | null) ?? null
    }))
}

export function sequenceItems(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : []
}

export function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined
}
