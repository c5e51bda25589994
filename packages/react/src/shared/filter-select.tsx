/** A labelled native `<select>` for filters: keyboard-operable and readable without styles. */
import type { JSX } from 'react'

/** One option of a {@link FilterSelect}. */
export type FilterOption = { value: string; label: string }

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
