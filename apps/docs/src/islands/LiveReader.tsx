/** The reader island: the source text with each claim highlighted on its words. */
import { SourceReader, type SourceReaderProps } from '@karabakh-aftermath/react/source-reader'
import type { JSX } from 'react'
import { type Claim, texts } from './collections'

/** The Commentary, annotated: select a highlight to read its claim. */
export function LiveReader(
  props: Omit<SourceReaderProps<Claim>, keyof typeof texts | 'source'>,
): JSX.Element {
  const [source] = texts.sources
  if (!source) throw new Error('the dataset has no source')
  return <SourceReader source={source} {...texts} {...props} />
}
