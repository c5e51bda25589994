/** `/llms.txt` (llmstxt.org): what the site is, and a link to every guide and record. */
import type { APIRoute } from 'astro'
import { guides, llmsTxt } from '../lib/exports'

export const GET: APIRoute = async () =>
  new Response(llmsTxt(await guides()), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
