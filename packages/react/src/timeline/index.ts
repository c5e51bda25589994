'use client'
/** `@karabakh-aftermath/react/timeline`: events in order with honest EDTF dates and filters. */
export { Timeline, type TimelineFilter, type TimelineProps } from './timeline.js'
