/** The reader island: the source text with each claim highlighted on its words. */
import { actors } from '@karabakh-aftermath/data/actors'
import { claims } from '@karabakh-aftermath/data/claims'
import { events } from '@karabakh-aftermath/data/events'
import { places } from '@karabakh-aftermath/data/places'
import { sources } from '@karabakh-aftermath/data/sources'
import { topics } from '@karabakh-aftermath/data/topics'
import { SourceReader, type SourceReaderProps } from '@karabakh-aftermath/react/source-reader'
import type { JSX } from 'react'

/** Props the pages set; the data is bound here. */
export type LiveReaderProps = Omit<
  SourceReaderProps<(typeof claims)[number]>,
  'source' | 'claims' | 'sources' | 'actors' | 'places' | 'topics' | 'events'
>

/** The Commentary, annotated: select a highlight to read its claim. */
export function LiveReader(props: LiveReaderProps): JSX.Element {
  const source = sources[0]
  if (!source) throw new Error('the dataset has no source')
  return (
    <SourceReader
      source={source}
      claims={claims}
      sources={sources}
      actors={actors}
      places={places}
      topics={topics}
      events={events}
      {...props}
    />
  )
}
