// The guides are the repository's docs/*.md, written once in plain markdown that reads well on
// GitHub. The site copies them as they are into Starlight's content collection
// (src/content/docs/guides/, generated and gitignored), and `remarkGuides` makes site pages of
// them as Astro renders them: their title comes from the frontmatter, so the leading `# heading`
// is dropped; links between guides (`./likelihood.md#bands`) become site routes
// (`/guides/likelihood/#bands`); links to other files of the repository become plain text, since
// the site does not serve them and every link on it must resolve.
import { cpSync, readdirSync, rmSync } from 'node:fs'
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
export function guideSlugs() {
  const all = readdirSync(SOURCE)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort()
  const rank = (slug) =>
    GUIDE_ORDER.includes(slug) ? GUIDE_ORDER.indexOf(slug) : GUIDE_ORDER.length
  return all.sort((a, b) => rank(a) - rank(b))
}

/** Copies docs/*.md into the content collection, replacing what a previous build left there. */
export function syncGuides() {
  rmSync(TARGET, { recursive: true, force: true })
  cpSync(SOURCE, TARGET, {
    recursive: true,
    filter: (path) => !/\.\w+$/.test(path) || path.endsWith('.md'),
  })
}

/** The remark plugin of the guides' pages (see above); other pages are left alone. */
export function remarkGuides() {
  const guides = new Set(guideSlugs())
  const rewrite = (node) => {
    node.children = node.children?.flatMap((child) => {
      rewrite(child)
      const url = child.type === 'link' || child.type === 'image' ? child.url : undefined
      if (!url || /^([a-z][a-z0-9+.-]*:|#|\/)/i.test(url)) return [child]
      const [path, hash] = url.split('#')
      const slug = /^(?:\.\/|\.\.\/docs\/)?([\w-]+)\.md$/.exec(path)?.[1]
      if (child.type === 'link' && guides.has(slug))
        return [{ ...child, url: `/guides/${slug}/${hash ? `#${hash}` : ''}` }]
      if (child.type === 'image')
        return [{ type: 'emphasis', children: [{ type: 'text', value: `(${child.alt || path})` }] }]
      return child.children.length > 0 ? child.children : [{ type: 'inlineCode', value: path }]
    })
  }
  return (tree, file) => {
    if (!file.path?.includes('/src/content/docs/guides/')) return
    const first = tree.children.findIndex((n) => n.type !== 'yaml')
    if (tree.children[first]?.type === 'heading' && tree.children[first].depth === 1)
      tree.children.splice(first, 1)
    rewrite(tree)
  }
}
