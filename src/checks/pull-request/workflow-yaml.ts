import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'

export interface WorkflowProblem {
  line: number
  message: string
}

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
