/**
 * Which sections of a Hugging Face model card hold something. The official template
 * (huggingface_hub `templates/modelcard_template.md`, the one the Hub's card editor starts from) has
 * `## Uses` (`### Direct Use`, `### Downstream Use`, `### Out-of-Scope Use`), `## Bias, Risks, and
 * Limitations` (`### Recommendations`), `## Training Details` and `## Evaluation`; the template fills every
 * section with `[More Information Needed]` and an HTML comment saying what belongs there. Cards written by
 * transformers' Trainer use `## Intended uses & limitations` and `## Training and evaluation data`, with
 * "More information needed" as their placeholder. A section holding only placeholders, comments or the
 * template's own boilerplate is empty.
 */
export interface CardSections {
  intendedUse: boolean
  limitations: boolean
  trainingDetails: boolean
  evaluation: boolean
}

interface Section {
  level: number
  title: string
  /** Text up to the next heading of the same or a higher level, subsections included. */
  body: string
  /** Text up to the next heading of any level. */
  own: string
}

const PLACEHOLDERS = [
  /\[more information needed\]/gi,
  /^\s*more information needed\.?\s*$/gim,
  // The template's default Recommendations paragraph says nothing about this model.
  /users \(both direct and downstream\) should be made aware of the risks, biases and limitations of the model\.\s*more information needed for further recommendations\.?/gi
]

const HEADINGS: Record<keyof CardSections, RegExp> = {
  // `## Uses` counts by its own text: its `### Out-of-Scope Use` says what the model is not for.
  intendedUse: /^(direct use|downstream use|intended uses?( & limitations| and limitations)?)$/,
  limitations:
    /^(bias, risks,? and limitations|risks and limitations|limitations|out-of-scope use|recommendations|intended uses? (&|and) limitations)$/,
  trainingDetails: /^(training details|training data|training procedure|training and evaluation data)$/,
  evaluation:
    /^(evaluation|evaluation results|results|testing data, factors & metrics|training and evaluation data)$/
}

export function cardSections(card: string): CardSections {
  const sections = parseSections(card)
  const filled = (pattern: RegExp) =>
    sections.some((section) => pattern.test(normalize(section.title)) && hasContent(section.body))
  const usesOwnText = sections.some(
    (section) => normalize(section.title) === 'uses' && hasContent(section.own)
  )
  return {
    intendedUse: usesOwnText || filled(HEADINGS.intendedUse),
    limitations: filled(HEADINGS.limitations),
    trainingDetails: filled(HEADINGS.trainingDetails),
    evaluation: filled(HEADINGS.evaluation)
  }
}

function normalize(title: string): string {
  return title
    .replace(/\*\*|__|`/g, '')
    .replace(/\s*\[optional\]\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** ATX headings outside code fences; the YAML front matter is not part of the card text. */
function parseSections(card: string): Section[] {
  const text = card.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
  const lines = text.split(/\r?\n/)
  const headings: { line: number; level: number; title: string }[] = []
  let fence: string | undefined
  lines.forEach((line, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker) {
      if (!fence) fence = marker[0]
      else if (marker[0] === fence) fence = undefined
      return
    }
    if (fence) return
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading) headings.push({ line: index, level: heading[1]!.length, title: heading[2]! })
  })
  return headings.map((heading, index) => {
    const end = headings.slice(index + 1).find((next) => next.level <= heading.level)?.line ?? lines.length
    const next = headings[index + 1]?.line ?? lines.length
    return {
      level: heading.level,
      title: heading.title,
      body: lines.slice(heading.line + 1, end).join('\n'),
      own: lines.slice(heading.line + 1, next).join('\n')
    }
  })
}

function hasContent(body: string): boolean {
  let text = body.replace(/<!--[\s\S]*?(-->|$)/g, '')
  text = text.replace(/^\s{0,3}#{1,6}\s+.*$/gm, '')
  for (const placeholder of PLACEHOLDERS) text = text.replace(placeholder, '')
  return /[\p{L}\p{N}]/u.test(text)
}
