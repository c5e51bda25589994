'use client'
/** `@karabakh-aftermath/react/source-reader`: the annotated source text with stable anchors. */
export { SourceReader, type SourceReaderProps } from './source-reader.js'
