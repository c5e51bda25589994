/** `/records/<collection>/<id>.md`: the markdown twin of a record page, for language-model tools. */
import type { APIRoute } from 'astro'
import { recordMarkdown, recordPaths } from '../../../lib/exports'
import type { AnyRecord, Browsed } from '../../../lib/records'

export const getStaticPaths = recordPaths

export const GET: APIRoute = ({ props }) =>
  new Response(recordMarkdown(props.collection as Browsed, props.record as AnyRecord), {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  })
