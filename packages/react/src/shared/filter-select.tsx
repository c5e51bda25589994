/** A labelled native `<select>` for filters: keyboard-operable and readable without styles. */
import type { JSX } from 'react'

/** One option of a {@link FilterSelect}. */
export type FilterOption = { value: string; label: string }

/** One select of a {@link Filters} bar: the filter's key, its label, the "all" option, its options. */
export type FilterField<K extends string> = {
  key: K
  label: string
  all: string
  options: readonly FilterOption[]
}

/**
 * A bar of filters (one {@link FilterSelect} per field, `id`-`key` as each select's id) and a
 * button that clears them, in a labelled fieldset: what the timeline and the claim list share.
 */
export function Filters<K extends string>(props: {
  id: string
  legend: string
  fields: readonly FilterField<K>[]
  value: Partial<Record<K, string>>
  onChange: (key: K, value: string) => void
  onClear: () => void
  clear: string
}): JSX.Element {
  const { id, legend, fields, value, onChange, onClear, clear } = props
  return (
    <fieldset className="ka-filters">
      <legend className="ka-filters__legend">{legend}</legend>
      {fields.map((f) => (
        <FilterSelect
          key={f.key}
          id={`${id}-${f.key}`}
          label={f.label}
          all={f.all}
          value={value[f.key] ?? ''}
          options={f.options}
          onChange={(v) => onChange(f.key, v)}
        />
      ))}
      <button type="button" className="ka-button" onClick={onClear}>
        {clear}
      </button>
    </fieldset>
  )
}

/** A filter: a label and a select whose first option (value `''`) means "all". */
export function FilterSelect(props: {
  id: string
  label: string
  all: string
  value: string
  options: readonly FilterOption[]
  onChange: (value: string) => void
}): JSX.Element {
  const { id, label, all, value, options, onChange } = props
  return (
    <div className="ka-filter">
      <label className="ka-filter__label" htmlFor={id}>
        {label}
      </label>
      <select
        className="ka-filter__select"
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

// The bundler's `process.env.NODE_ENV`; declared here so the package needs no Node types.
declare const process: { env: { NODE_ENV?: string } }
const warned = new Set<string>()
/** A development build: bundlers replace `process.env.NODE_ENV`; with none, `process` is missing. */
const DEV = (() => {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return false
  }
})()

/**
 * The filter values that match no option (a typo, or an id the data does not have), each added
 * to its field's options so the select shows it, and warned about once in development.
 */
export function withUnknown<K extends string>(
  fields: readonly FilterField<K>[],
  value: Partial<Record<K, string>>,
  say: (value: string, field: string) => string,
): { fields: FilterField<K>[]; unknown: string[] } {
  const unknown: string[] = []
  const out = fields.map((f) => {
    const v = value[f.key]
    if (!v || f.options.some((o) => o.value === v)) return f
    unknown.push(say(v, f.label.toLowerCase()))
    if (DEV && !warned.has(`${f.key}=${v}`)) {
      warned.add(`${f.key}=${v}`)
      console.warn(`@karabakh-aftermath/react: the filter ${f.key}="${v}" matches nothing.`)
    }
    return { ...f, options: [...f.options, { value: v, label: `${v} (unknown)` }] }
  })
  return { fields: out, unknown }
}

/** The options for a filter: each distinct value once, labelled, sorted by label in a locale. */
export function toOptions(
  values: Iterable<string>,
  label: (value: string) => string,
  locale: string | undefined,
): FilterOption[] {
  const collator = new Intl.Collator(locale)
  return [...new Set(values)]
    .map((value) => ({ value, label: label(value) }))
    .sort((a, b) => collator.compare(a.label, b.label))
}
