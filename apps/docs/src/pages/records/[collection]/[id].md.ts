/** `/records/<collection>/<id>.md`: the markdown twin of a record page, for language-model tools. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { recordMarkdown } from '../../../lib/exports'
import { type AnyRecord, BROWSED, type Browsed, dataset } from '../../../lib/records'

export const getStaticPaths: GetStaticPaths = () =>
  BROWSED.flatMap((collection) =>
    (dataset[collection] as readonly AnyRecord[]).map((record) => ({
      params: { collection, id: record.id },
      props: { collection, record },
    })),
  )

export const GET: APIRoute = ({ props, site, url }) =>
  new Response(
    recordMarkdown(
      site ?? new URL(url.origin),
      props.collection as Browsed,
      props.record as AnyRecord,
    ),
    { headers: { 'content-type': 'text/markdown; charset=utf-8' } },
  )
