// The guides are the repository's docs/*.md, written once in plain markdown that reads well on
// GitHub. The site copies them into Starlight's content collection (src/content/docs/guides/,
// generated and gitignored): their title comes from the frontmatter, so the leading `# heading`
// is dropped; links between guides (`./likelihood.md#bands`) become site routes
// (`/guides/likelihood/#bands`); links to other files of the repository become plain text, since
// the site does not serve them and every link on it must resolve.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SOURCE = fileURLToPath(new URL('../../../docs/', import.meta.url))
const TARGET = fileURLToPath(new URL('../src/content/docs/guides/', import.meta.url))

/** Reading order of the guides; guides not listed follow, alphabetically. */
const GUIDE_ORDER = [
  'getting-started',
  'architecture',
  'data-model',
  'naming-policy',
  'likelihood',
  'query-cookbook',
  'components',
  'theming',
  'embedding',
  'contributing-content',
  'versioning',
  'docs-app',
]

/** The guides' slugs (file names without `.md`), in reading order. */
function guideSlugs() {
  const rank = (slug) =>
    GUIDE_ORDER.includes(slug) ? GUIDE_ORDER.indexOf(slug) : GUIDE_ORDER.length
  return readdirSync(SOURCE)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

/** Rewrites the markdown links of a guide (outside code blocks) for the site, as said above. */
function rewriteLinks(markdown, guides) {
  return markdown
    .split(/^(```[\s\S]*?^```)/m)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (link, bang, label, target) => {
            if (/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(target)) return link
            const [path, hash] = target.split('#')
            const slug = /^(?:\.\/|\.\.\/docs\/)?([\w-]+)\.md$/.exec(path)?.[1]
            if (!bang && guides.includes(slug))
              return `[${label}](/guides/${slug}/${hash ? `#${hash}` : ''})`
            return bang ? `*(${label || path})*` : label || `\`${path}\``
          }),
    )
    .join('')
}

/**
 * Copies docs/*.md into the content collection (replacing what a previous build left there),
 * without the leading `# heading`, with the links rewritten and their reading order as
 * `sidebar.order`.
 */
export function syncGuides() {
  const guides = guideSlugs()
  rmSync(TARGET, { recursive: true, force: true })
  mkdirSync(TARGET, { recursive: true })
  for (const [i, slug] of guides.entries()) {
    const text = readFileSync(join(SOURCE, `${slug}.md`), 'utf8').replace(/\r\n/g, '\n')
    const [, front = '---\n', body = text] = /^(---\n[\s\S]*?\n)---\n([\s\S]*)$/.exec(text) ?? []
    const page = `${front}sidebar:\n  order: ${i + 1}\n---\n${body.replace(/^\s*# .*\n/, '')}`
    writeFileSync(join(TARGET, `${slug}.md`), rewriteLinks(page, guides))
  }
}
