/**
 * Folding text for search: lower case, no diacritics, Azerbaijani and a few other letters that
 * Unicode does not decompose mapped to Latin (`ı`→`i`, `ə`→`e`, `ß`→`ss`…).
 *
 * @module
 */
import { fail } from './args.js'

// Letters NFD does not decompose into a base letter and marks, and their Latin spellings.
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

// Module constants: a regular expression literal in a function is a new object on every call.
const WORD = /[\p{L}\p{N}\p{M}]+/gu
const MARKS = /\p{M}/gu
const LETTERS = /[ıəßæœøłđðþħ]/g

const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(LETTERS, (c) => EXTRA[c] as string)

/** A word of a text: its folded spellings (canonical first) and its UTF-16 offsets. @internal */
export type Token = {
  readonly forms: readonly string[]
  readonly start: number
  readonly end: number
}

/**
 * The words of a text, folded. A word with `ğ` or `ə` has each romanisation (Ağdam is written
 * Agdam and Aghdam, Xankəndi Khankendi and Khankandi), the canonical one first. @internal
 */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].flatMap((m) => {
    const word = m[0].toLowerCase()
    const forms = /[ğə]/.test(word)
      ? ['e', 'a'].flatMap((schwa) =>
          ['ğ', 'gh'].map((g) => fold(word.replace(/ə/g, schwa).replace(/ğ/g, g))),
        )
      : [fold(word)]
    return forms[0]
      ? [{ forms: [...new Set(forms)], start: m.index, end: m.index + m[0].length }]
      : []
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
  if (typeof text !== 'string') fail({ helper: 'foldText' }, 'text', 'a string', text)
  return tokenize(text)
    .map((t) => t.forms[0])
    .join(' ')
}
