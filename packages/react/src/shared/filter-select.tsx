/** The filters of a list: labelled native `<select>`s, keyboard-operable and readable unstyled. */
import { type JSX, useState } from 'react'
import type { FILTER_MESSAGES } from './messages.js'

/** One filter of a list: the values an item has, and a value's label. */
export type FilterSpec<T> = [of: (item: T) => readonly string[], name: (value: string) => string]
type Key = 'actor' | 'kind' | 'topic' | 'claimant'
type Value<K extends string> = Partial<Record<K, string>>
/** The words of a filter bar: each filter's label and "all" option, and the shared ones. */
type Words<K extends Key> = Record<K | `all${Capitalize<K>}s`, string> &
  Pick<typeof FILTER_MESSAGES, 'clearFilters' | 'unknownValue' | 'unknownOption'>

// The bundler's `process.env.NODE_ENV`; declared here so the package needs no Node types.
declare const process: { env: { NODE_ENV?: string } } | undefined
const warned = new Set<string>()

/**
 * A list's filters and the items they let through. Each filter's options are the values the
 * items have, labelled, sorted in the locale; a value that matches none (a typo, or an id the
 * data does not have) is added to its options so the select shows it, named in `unknown`, and
 * warned about once in development.
 */
export function useFilters<T, K extends Key>(
  items: readonly T[],
  specs: Record<K, FilterSpec<T>>,
  initial: Value<K> | undefined,
  frame: {
    t: Words<K>
    uid: string
    locale?: string | undefined
    show?: boolean | undefined
  },
) {
  const [value, setValue] = useState<Value<K>>(initial ?? {})
  const { t } = frame
  const collator = new Intl.Collator(frame.locale)
  const unknown: string[] = []
  const keys = Object.keys(specs) as K[]
  const fields = keys.map((key) => {
    const [of, name] = specs[key]
    const label = t[key]
    const all = t[`all${key[0]?.toUpperCase()}${key.slice(1)}s` as `all${Capitalize<K>}s`]
    const options = [...new Set(items.flatMap(of))]
      .map((v) => ({ value: v, label: name(v) }))
      .sort((a, b) => collator.compare(a.label, b.label))
    const v = value[key]
    if (v && !options.some((o) => o.value === v)) {
      unknown.push(t.unknownValue(v, label.toLowerCase()))
      // In development only: bundlers replace `process.env.NODE_ENV`, so a production build drops
      // the warning; with no bundler and no `process`, there is none.
      if (
        typeof process !== 'undefined' &&
        process.env.NODE_ENV !== 'production' &&
        !warned.has(`${key}=${v}`)
      ) {
        warned.add(`${key}=${v}`)
        console.warn(`@karabakh-aftermath/react: the filter ${key}="${v}" matches nothing.`)
      }
      options.push({ value: v, label: t.unknownOption(v) })
    }
    return { key, label, all, options }
  })
  const shown = items.filter((item) =>
    keys.every((key) => !value[key] || specs[key][0](item).includes(value[key])),
  )
  return { value, setValue, fields, unknown, shown, total: items.length, ...frame }
}

/**
 * A list's filter bar (one select per filter, `<uid>-<key>` as its id, and a button that clears
 * them, in a labelled fieldset), its live count and, when a filter value is unknown, an empty
 * state that names it: what the timeline and the claim list share.
 */
export function FilterBar<T, K extends Key>(p: {
  state: ReturnType<typeof useFilters<T, K>>
  legend: string
  count: (shown: number, total: number) => string
  hint?: string
  none: string
  onChange?: () => void
}): JSX.Element {
  const { value, setValue, fields, unknown, t, uid, show, shown, total } = p.state
  const set = (next: Value<K>) => {
    p.onChange?.()
    setValue(next)
  }
  return (
    <>
      {show !== false && (
        <fieldset className="ka-filters ka-box ka-row">
          <legend className="ka-filters__legend">{p.legend}</legend>
          {fields.map((f) => (
            <div key={f.key} className="ka-filter">
              <label className="ka-filter__label ka-muted" htmlFor={`${uid}-${f.key}`}>
                {f.label}
              </label>
              <select
                className="ka-filter__select"
                id={`${uid}-${f.key}`}
                value={value[f.key] ?? ''}
                onChange={(e) => set({ ...value, [f.key]: e.currentTarget.value })}
              >
                <option value="">{f.all}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="button" className="ka-button" onClick={() => set({})}>
            {t.clearFilters}
          </button>
        </fieldset>
      )}
      <p className="ka-count ka-muted">
        <span aria-live="polite">{p.count(shown.length, total)}</span>
        {p.hint && <span className="ka-hint ka-muted"> {p.hint}</span>}
      </p>
      {unknown.length > 0 && (
        <p className="ka-empty ka-box">
          {p.none}: {unknown.join('; ')}.
        </p>
      )}
    </>
  )
}
