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
 * without the leading `# heading` (after the frontmatter), with the links rewritten.
 */
export function syncGuides() {
  // The guides' slugs (file names without `.md`); each orders itself by its `sidebar.order`.
  const guides = readdirSync(SOURCE)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
  rmSync(TARGET, { recursive: true, force: true })
  mkdirSync(TARGET, { recursive: true })
  for (const slug of guides) {
    const text = readFileSync(join(SOURCE, `${slug}.md`), 'utf8').replace(/\r\n/g, '\n')
    const page = text.replace(/^(---\n[\s\S]*?\n---\n)?\s*# .*\n/, '$1')
    writeFileSync(join(TARGET, `${slug}.md`), rewriteLinks(page, guides))
  }
}
