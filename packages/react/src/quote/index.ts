/** `@karabakh-aftermath/react/quote`: the exact words of a source with their citation. */
export { Quote, type QuoteProps } from './quote.js'
