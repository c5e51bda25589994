/** `/embed/claim/<id>/oembed.json`: the static oEmbed response of a claim card's embed. */

import type { Claim } from '@karabakh-aftermath/schema'
import type { APIRoute, GetStaticPaths } from 'astro'
import { claimEmbed, oembed } from '../../../../lib/exports'
import { dataset } from '../../../../lib/records'

export const getStaticPaths: GetStaticPaths = () =>
  (dataset.claims as readonly Claim[]).map((claim) => ({
    params: { id: claim.id },
    props: { claim },
  }))

export const GET: APIRoute = ({ props, site, url }) =>
  Response.json(oembed(site ?? new URL(url.origin), claimEmbed(props.claim as Claim)))
