/** `/embed/<component>/oembed.json` and `/embed/claim/<id>/oembed.json`: an embed's static oEmbed response. */
import type { APIRoute } from 'astro'
import { type EmbedRoute, embedPaths, oembed } from '../../../lib/exports'

export const getStaticPaths = embedPaths

export const GET: APIRoute = ({ props }) => Response.json(oembed(props.embed as EmbedRoute))
