'use client'
/** `@karabakh-aftermath/react/analysis`: the whole analysis as one embed. */
export { Analysis, type AnalysisProps, type AnalysisSection } from './analysis.js'
