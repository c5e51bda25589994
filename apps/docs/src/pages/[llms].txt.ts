/**
 * `/llms.txt` (llmstxt.org): what the site is, and a link to every guide and record; and
 * `/llms-full.txt`: the guides' markdown and every record's markdown twin, in one file.
 */
import type { APIRoute } from 'astro'
import { guides, llmsFullTxt, llmsTxt } from '../lib/exports'

const FILES = { llms: llmsTxt, 'llms-full': llmsFullTxt }

export const getStaticPaths = () => Object.keys(FILES).map((llms) => ({ params: { llms } }))

export const GET: APIRoute = async ({ params }) =>
  new Response(FILES[params.llms as keyof typeof FILES](await guides()), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
