/**
 * An exact-match search filter on a registered model name, quoted so MLflow reads back the same name.
 *
 * MLflow parses filters with sqlparse and then only strips a value's outer quotes: nothing inside is
 * unescaped. Observed on MLflow 2.17.2 (issue #10): `name='o\'brien'` answers HTTP 200 `{}` (it compares
 * against `o\'brien`), while `name="o'brien"` finds the model. So a name is quoted with whichever quote it
 * does not contain; a name containing both cannot be written as a filter value at all, and is refused
 * (`undefined`) so the caller reports it instead of silently finding no versions.
 */
export function mlflowNameFilter(name: string): string | undefined {
  if (!name.includes("'")) return `name='${name}'`
  if (!name.includes('"')) return `name="${name}"`
  return undefined
}
