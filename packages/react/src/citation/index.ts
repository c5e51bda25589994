/** `@karabakh-aftermath/react/citation`: a source citation linking back to the paragraph. */
export { Citation, type CitationProps } from './citation.js'
