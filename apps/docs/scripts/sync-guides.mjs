// Copies the authored guides of the repo's top-level docs/ folder into the Starlight content
// collection (src/content/docs/guides/, generated and gitignored), so they are written once, in
// plain markdown that reads well on GitHub, and rendered by the docs app:
// - the title comes from the frontmatter, or else from the first `# heading`;
// - a leading `# heading` is dropped (Starlight renders the title itself);
// - links between guides (`./likelihood.md#bands`) become site routes (`/guides/likelihood/#bands`);
// - links to other files of the repo (`../packages/...`) become plain text, since the site does
//   not serve the repo's files and every link on it must resolve;
// - `sidebar.order` follows GUIDE_ORDER, so a newcomer reads them in a sensible order.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const SOURCE = join(here, '../../../docs')
const TARGET = join(here, '../src/content/docs/guides')

/** Reading order of the guides; guides not listed follow, alphabetically. */
export const GUIDE_ORDER = [
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

const slugOf = (file) => basename(file, '.md').toLowerCase()

/** Rewrites the markdown links of one line (outside code spans). */
export function rewriteLinks(line, guides) {
  // Split on inline code spans so that `[x](y)` inside backticks is left alone.
  return line
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(!?)\[([^\]]*)\]\(([^)\s]+)(\s+"[^"]*")?\)/g,
            (all, bang, label, target) => {
              if (
                /^[a-z][a-z0-9+.-]*:/i.test(target) ||
                target.startsWith('#') ||
                target.startsWith('/')
              )
                return all
              const [path, hash] = target.split('#')
              const name = basename(path)
              const inDocs =
                !path.includes('/') || path.startsWith('./') || path === `../docs/${name}`
              if (!bang && inDocs && name.endsWith('.md') && guides.has(slugOf(name))) {
                return `[${label}](/guides/${slugOf(name)}/${hash ? `#${hash}` : ''})`
              }
              return bang ? `*(${label || name})*` : label || `\`${path}\``
            },
          ),
    )
    .join('')
}

/** Turns one guide's markdown into a Starlight page. */
export function toStarlight(markdown, slug, guides) {
  let text = markdown.replace(/\r\n/g, '\n')
  let front = ''
  const fm = text.match(/^---\n([\s\S]*?)\n---\n/)
  if (fm) {
    front = fm[1]
    text = text.slice(fm[0].length)
  }
  const h1 = text.match(/^\s*# (.+)\n/)
  if (h1) text = text.slice(h1[0].length)
  if (!/^title:/m.test(front)) {
    const title = h1 ? h1[1].trim() : slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
    front = `title: ${JSON.stringify(title)}\n${front}`
  }
  const rank = GUIDE_ORDER.indexOf(slug)
  if (!/^sidebar:/m.test(front)) front += `\nsidebar:\n  order: ${rank === -1 ? 100 : rank + 1}`
  front += `\neditUrl: false`
  let fence = null
  const body = text
    .split('\n')
    .map((line) => {
      const f = line.match(/^\s*(`{3,}|~{3,})/)
      if (f) {
        if (!fence) fence = f[1]
        else if (f[1].startsWith(fence[0]) && f[1].length >= fence.length) fence = null
        return line
      }
      return fence ? line : rewriteLinks(line, guides)
    })
    .join('\n')
  return `---\n${front.trim()}\n---\n\n<!-- Generated from docs/${slug}.md by apps/docs/scripts/sync-guides.mjs: edit that file. -->\n\n${body.trimStart()}`
}

export function syncGuides() {
  const files = readdirSync(SOURCE).filter((f) => f.endsWith('.md'))
  const guides = new Set(files.map(slugOf))
  rmSync(TARGET, { recursive: true, force: true })
  mkdirSync(TARGET, { recursive: true })
  for (const file of files) {
    const slug = slugOf(file)
    writeFileSync(
      join(TARGET, `${slug}.md`),
      toStarlight(readFileSync(join(SOURCE, file), 'utf8'), slug, guides),
    )
  }
  return [...guides]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const guides = syncGuides()
  console.log(`guides: ${guides.length} synced from docs/ (${guides.join(', ')})`)
}
