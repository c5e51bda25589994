/** `/embed/claim/<id>/oembed.json`: the static oEmbed response of a claim card's embed. */
import type { Claim } from '@karabakh-aftermath/schema'
import type { APIRoute } from 'astro'
import { claimEmbed, oembed } from '../../../../lib/exports'
import { claimPaths } from '../../../../lib/records'

export const getStaticPaths = claimPaths

export const GET: APIRoute = ({ props, site, url }) =>
  Response.json(oembed(site ?? new URL(url.origin), claimEmbed(props.claim as Claim)))
