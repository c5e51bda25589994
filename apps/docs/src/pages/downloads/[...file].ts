/** Serves each downloadable file at `/downloads/<path>`, copied from the packages' builds at build time. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { type Download, downloads } from '../../lib/downloads'

export const getStaticPaths: GetStaticPaths = () =>
  downloads().map((d) => ({ params: { file: d.path }, props: { download: d } }))

export const GET: APIRoute = ({ props }) => {
  const { content, type } = props.download as Download
  return new Response(new Uint8Array(content), { headers: { 'content-type': type } })
}
