import { didYouMean } from '../util/text.js'
import { configJsonSchema } from './json-schema.js'

interface SchemaNode {
  properties?: Record<string, SchemaNode>
  additionalProperties?: SchemaNode | boolean
  items?: SchemaNode
  anyOf?: SchemaNode[]
}

let schema: SchemaNode | undefined

/** The keys the config schema allows at `path` (a mapping in the user's file). */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let node: SchemaNode | undefined = (schema ??= configJsonSchema() as SchemaNode)
  for (const segment of path) {
    node = node && step(node, segment)
  }
  const object = node && (node.properties ? node : node.anyOf?.find((option) => option.properties))
  return Object.keys(object?.properties ?? {})
}

function step(node: SchemaNode, segment: PropertyKey): SchemaNode | undefined {
  const options = [node, ...(node.anyOf ?? [])]
  for (const option of options) {
    if (typeof segment === 'number' && option.items) return option.items
    const property = option.properties?.[String(segment)]
    if (property) return property
    if (typeof option.additionalProperties === 'object') return option.additionalProperties
  }
  return undefined
}

/** ` (did you mean "period"?)` for an unknown key that is a near miss of an allowed one. */
export function keySuggestion(path: readonly PropertyKey[], key: string): string {
  return didYouMean(key, knownKeysAt(path))
}
