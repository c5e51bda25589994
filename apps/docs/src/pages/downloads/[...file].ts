/** Serves each downloadable file at `/downloads/<path>`, copied from the packages' builds at build time. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { type Download, downloadGroups } from '../../lib/downloads'

export const getStaticPaths: GetStaticPaths = async () =>
  (await downloadGroups()).flatMap((g) =>
    g.files.map((d) => ({ params: { file: d.path }, props: { download: d } })),
  )

export const GET: APIRoute = ({ props }) => {
  const { content, type } = props.download as Download
  return new Response(new Uint8Array(content), { headers: { 'content-type': type } })
}
