/** `/llms-full.txt`: the guides' markdown and every record's markdown twin, in one file. */
import type { APIRoute } from 'astro'
import { guides, llmsFullTxt } from '../lib/exports'

export const GET: APIRoute = async () =>
  new Response(llmsFullTxt(await guides()), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
