/** `/embed/<component>/oembed.json`: the static oEmbed response of a component's embed. */
import type { APIRoute } from 'astro'
import { type ComponentPage, componentPaths } from '../../../lib/components'
import { componentEmbed, oembed } from '../../../lib/exports'

export const getStaticPaths = componentPaths

export const GET: APIRoute = ({ props, site, url }) =>
  Response.json(oembed(site ?? new URL(url.origin), componentEmbed(props.page as ComponentPage)))
