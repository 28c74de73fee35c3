import type { Translate } from './types.ts'

const VAR_RE = /{{\s*(\w+)\s*}}/g

/**
 * A `Translate` over one language's strings: `{{var}}` placeholders are filled from `vars` (a
 * placeholder without a value is left as written, so a mistake shows). A key missing from
 * `strings` (or empty there) falls back to `fallback` (English), then to the key itself.
 * Values are inserted as given: escape the result, not the variables, before putting it in HTML.
 */
export function makeTranslate(strings: Record<string, string>, fallback: Record<string, string>): Translate {
  return (key, vars) => {
    const own = strings[key]
    const base = fallback[key]
    const template = typeof own === 'string' && own !== '' ? own : typeof base === 'string' ? base : key
    if (!vars) return template
    return template.replace(VAR_RE, (whole, name: string) => {
      const value = vars[name]
      return value === undefined || value === null ? whole : String(value)
    })
  }
}
