/**
 * The docs collection (Starlight's pages, the copied guides, typedoc's API pages), UI strings, and
 * the components of the analysis pages and embeds, and the groups of the downloads page.
 */
import { defineCollection } from 'astro:content'
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders'
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema'
import { file } from 'astro/loaders'
import { z } from 'astro/zod'

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  components: defineCollection({
    loader: file('src/content/components.yaml'),
    schema: z.object({
      /** Its place on the pages (the collection is sorted by id). */
      order: z.number(),
      title: z.string(),
      /** The React component's name. */
      component: z.string(),
      /** Hydrated in the browser (a client component); otherwise server-rendered only. */
      interactive: z.boolean(),
      description: z.string(),
      /** React usage with the shipped data. */
      usage: z.string(),
      /** Height of the embed's iframe, in pixels. */
      height: z.number().int().positive(),
      /** Its section of /analysis/: the heading, the component's own title, an introduction. */
      analysis: z.object({
        heading: z.string(),
        title: z.string().optional(),
        intro: z.string().optional(),
      }),
    }),
  }),
  downloads: defineCollection({
    loader: file('src/content/downloads.yaml'),
    schema: z.object({
      /** Its place on the page (the collection is sorted by id). */
      order: z.number(),
      title: z.string(),
      intro: z.string(),
      /** The package whose build holds the group's files. */
      package: z.string().default('@karabakh-aftermath/data'),
      /** The package's files in the group: the path in its build, and what the file holds. */
      files: z.record(z.string(), z.string()).default({}),
    }),
  }),
}
