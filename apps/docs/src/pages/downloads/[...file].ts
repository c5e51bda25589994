/** Serves each downloadable file at `/downloads/<path>`, copied from the packages' builds at build time. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { type Download, downloadGroups } from '../../lib/downloads'

export const getStaticPaths: GetStaticPaths = async () =>
  (await downloadGroups()).flatMap((g) =>
    g.files.map((d) => ({ params: { file: d.path }, props: { download: d } })),
  )

// A static build writes the body alone: the server types each file by its extension.
export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array((props.download as Download).content))
