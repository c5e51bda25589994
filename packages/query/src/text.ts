/**
 * Folding and tokenising text for search: lower case, no diacritics, Azerbaijani and a few
 * other letters that Unicode does not decompose mapped to Latin (`ı`→`i`, `ə`→`e`, `ß`→`ss`…).
 *
 * @module
 */
import { InvalidArgumentError } from './errors.js'

// Letters NFD does not decompose into a base letter and marks.
const EXTRA: Readonly<Record<string, string>> = {
  ı: 'i',
  ə: 'e',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
}
// Letters whose common romanisations differ: Ağdam is written Agdam and Aghdam, Xankəndi
// Khankendi and Khankandi. Words holding them are indexed under each spelling.
const ALTERNATIVES: Readonly<Record<string, readonly string[]>> = { ə: ['e', 'a'], ğ: ['g', 'gh'] }

const WORD = /[\p{L}\p{N}\p{M}]/u
const MARK = /\p{M}/u
const folded = new Map<string, string | null>()

/** The folded form of one character, or `null` when it separates words. */
function foldChar(ch: string): string | null {
  let f = folded.get(ch)
  if (f !== undefined) return f
  if (!WORD.test(ch)) f = null
  else {
    f = ''
    for (const c of ch.toLowerCase().normalize('NFD')) if (!MARK.test(c)) f += EXTRA[c] ?? c
  }
  folded.set(ch, f)
  return f
}

// Words with ə or ğ repeat (place names in titles): remember their spellings, up to a bound.
const spelled = new Map<string, readonly string[]>()

/** Every folded spelling of one word (the first is the canonical one). */
function spellings(word: string): readonly string[] {
  const known = spelled.get(word)
  if (known) return known
  const forms = spell(word)
  if (spelled.size < 50_000) spelled.set(word, forms)
  return forms
}

function spell(word: string): string[] {
  let forms = ['']
  for (const ch of word) {
    const alternatives = ALTERNATIVES[ch.toLowerCase()]
    if (alternatives) forms = forms.flatMap((f) => alternatives.map((a) => f + a))
    else {
      const f = foldChar(ch) ?? ''
      forms = forms.map((s) => s + f)
    }
  }
  return [...new Set(forms)].filter((f) => f !== '')
}

/**
 * Finds the words of a text: runs of letters, digits and combining marks. Calls `emit` with each
 * word's UTF-16 offsets, whether it is all ASCII (then its folded form is just its lower case)
 * and whether it holds a letter with several romanisations (`ə`, `ğ`). @internal
 */
export function scanWords(
  text: string,
  emit: (start: number, end: number, ascii: boolean, special: boolean) => void,
): void {
  const n = text.length
  let start = -1
  let ascii = true
  let special = false
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
        if (start < 0) start = i
      } else if (start >= 0) {
        emit(start, i, ascii, special)
        start = -1
        ascii = true
        special = false
      }
      i++
      continue
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1
    const ch = width === 1 ? (text[i] as string) : text.slice(i, i + width)
    if (foldChar(ch) === null) {
      if (start >= 0) {
        emit(start, i, ascii, special)
        start = -1
        ascii = true
        special = false
      }
    } else {
      if (start < 0) start = i
      ascii = false
      if (ALTERNATIVES[ch.toLowerCase()]) special = true
    }
    i += width
  }
  if (start >= 0) emit(start, n, ascii, special)
}

/** The folded spellings of a word that {@link scanWords} found (none if it folds to nothing). @internal */
export function wordForms(word: string, ascii: boolean, special: boolean): readonly string[] {
  if (ascii) return [word.toLowerCase()]
  if (special) return spellings(word)
  let f = ''
  for (const ch of word) f += foldChar(ch) ?? ''
  return f === '' ? [] : [f]
}

/**
 * Splits a text into words and folds each (see {@link foldText}), calling `emit` with the
 * word's spellings (canonical first; more than one only for words with `ə` or `ğ`) and its
 * UTF-16 offsets in the text. @internal
 */
export function tokenize(
  text: string,
  emit: (forms: readonly string[], start: number, end: number) => void,
): void {
  scanWords(text, (start, end, ascii, special) => {
    const forms = wordForms(text.slice(start, end), ascii, special)
    if (forms.length) emit(forms, start, end)
  })
}

/**
 * Folds a text the way search compares it: lower case, diacritics removed (`Ağdam` → `agdam`,
 * `Şuşa` → `susa`), Azerbaijani `ı` → `i` and `ə` → `e`, a few other letters NFD leaves alone
 * mapped to Latin (`ß` → `ss`, `ø` → `o`…), words separated by one space and punctuation dropped.
 * Scripts other than Latin are lower-cased and kept (`Степанакерт` → `степанакерт`).
 *
 * @example
 * ```ts
 * foldText('Ağdam')            // 'agdam'
 * foldText('Xankəndi')         // 'xankendi'
 * foldText('Armenia’s defeat') // 'armenia s defeat'
 * ```
 */
export function foldText(text: string): string {
  if (typeof text !== 'string') throw new InvalidArgumentError('foldText', 'text', 'a string', text)
  const words: string[] = []
  tokenize(text, (forms) => words.push(forms[0] as string))
  return words.join(' ')
}
