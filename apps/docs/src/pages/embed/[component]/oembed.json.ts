/** `/embed/<component>/oembed.json`: the static oEmbed response of a component's embed. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { COMPONENT_PAGES } from '../../../lib/components'
import { embedRoutes, oembed } from '../../../lib/exports'

export const getStaticPaths: GetStaticPaths = () =>
  COMPONENT_PAGES.map((p) => ({ params: { component: p.slug } }))

export const GET: APIRoute = ({ params, site, url }) => {
  const route = embedRoutes().find((r) => r.path === `/embed/${params.component}/`)
  return Response.json(route && oembed(site ?? new URL(url.origin), route))
}
