/** LikelihoodScale: a claim's hedge as a labelled band of the PHIA probability yardstick. */
import type { Likelihood } from '@karabakh-aftermath/schema'
import { LIKELIHOOD_BANDS } from '@karabakh-aftermath/schema/vocabulary'
import type { JSX } from 'react'
import { formatProbability } from '../shared/format-number.js'
import { CLAIM_CARD_MESSAGES, type MessageOverrides, messagesOf } from '../shared/messages.js'

const TERMS = Object.keys(LIKELIHOOD_BANDS) as (keyof typeof LIKELIHOOD_BANDS)[]

/** Props of {@link LikelihoodScale}. */
export type LikelihoodScaleProps = {
  /** The claim's likelihood: its PHIA term and the exact cue words. */
  likelihood: Likelihood
  /** BCP 47 locale for the percentages. */
  locale?: string | undefined
  /** Replacements for its words (`likelihoods`, `fromTheWords`). */
  messages?: MessageOverrides | undefined
}

/**
 * A likelihood as text first (the band's label, its probability range and the cue words of the
 * text) and a seven-step scale beside it for the eye, with the band's step marked by shape as
 * well as colour. Works as a Server Component.
 *
 * @example
 * ```tsx
 * <LikelihoodScale likelihood={{ term: 'likely', cue: 'likely to' }} />
 * // Likely (55% – 75%), from the words “likely to”
 * ```
 */
export function LikelihoodScale(props: LikelihoodScaleProps): JSX.Element {
  const { likelihood } = props
  const band = LIKELIHOOD_BANDS[likelihood.term]
  const t = messagesOf(CLAIM_CARD_MESSAGES, props.messages)
  return (
    <span className={`ka-likelihood ka-likelihood--${TERMS.indexOf(likelihood.term) + 1}`}>
      <span className="ka-likelihood__scale" aria-hidden="true">
        {TERMS.map((term) => (
          <span
            key={term}
            className={`ka-likelihood__step${term === likelihood.term ? ' ka-likelihood__step--on' : ''}`}
          />
        ))}
      </span>
      <span className="ka-likelihood__label">
        <strong>{t.likelihoods[likelihood.term] ?? band?.label ?? likelihood.term}</strong>
        {band && ` (${formatProbability(band.min, band.max, props.locale)})`}
      </span>{' '}
      <span className="ka-likelihood__cue ka-muted">
        {t.fromTheWords}
        <q dir="auto">{likelihood.cue}</q>
      </span>
    </span>
  )
}
