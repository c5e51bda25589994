// `pnpm check:api` / `pnpm api:update`: one API report per published package, checked in at
// packages/<pkg>/api/<pkg>.api.md, so that a change to a public API shows up in review as a
// readable diff. For every entry of the package's `exports`, every exported name with its
// declaration as the built `.d.ts` writes it (comments dropped), except that a zod schema is shown
// by the type it parses to (`z.ZodType<Claim>`), not by zod's internals. Why not API Extractor:
// see docs/architecture.md.
//
//   node scripts/release/api-report.mjs            check: exit 1 if a report is stale
//   node scripts/release/api-report.mjs --update   rewrite the reports
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'
import { publishedPackages, root } from './consumers.mjs'

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed })
const FLAGS =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.InTypeAlias |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType
const posix = (p) => p.split(sep).join('/')

/** The API report of one package, as markdown. */
export function reportOf({ dir: relativeDir, pkg }) {
  const dir = resolve(relativeDir)
  const entries = Object.entries(pkg.exports ?? {}).map(([subpath, t]) => ({
    specifier: `${pkg.name}${subpath.slice(1)}`,
    ...(typeof t === 'string' ? { asset: t } : { types: t.types, js: t.import ?? t.default }),
  }))
  const typed = entries.filter((e) => e.types)
  const missing = typed.filter((e) => !existsSync(join(dir, e.types)))
  if (missing.length)
    throw new Error(`${pkg.name}: not built (no ${missing.map((e) => e.types).join(', ')})`)
  const program = ts.createProgram(
    typed.map((e) => join(dir, e.types)),
    {
      skipLibCheck: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    },
  )
  const checker = program.getTypeChecker()
  const exportsOf = (e) =>
    checker
      .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(dir, e.types))))
      .map((s) => ({
        name: s.name,
        symbol: s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))

  // The type aliases a schema's output may be named by (`type Claim = z.output<typeof ClaimSchema>`).
  const aliases = typed
    .flatMap(exportsOf)
    .filter(({ symbol }) => symbol.flags & ts.SymbolFlags.TypeAlias)
    .filter(({ symbol }) => !symbol.declarations?.[0]?.typeParameters)
    .map(({ name, symbol }) => ({ name, type: checker.getDeclaredTypeOfSymbol(symbol) }))
  const same = (a, b) => checker.isTypeAssignableTo(a, b) && checker.isTypeAssignableTo(b, a)

  const isSchema = (type) => Boolean(type.getProperty('_zod') && type.getProperty('_output'))
  const props = (type) => (type.getCallSignatures().length ? [] : type.getProperties())
  /** Whether a value's type is a zod schema or an object that holds one (a registry of them). */
  const holdsSchema = (type, depth = 0) =>
    isSchema(type) ||
    (depth < 3 && props(type).some((p) => holdsSchema(checker.getTypeOfSymbol(p), depth + 1)))

  /** A schema as `z.ZodType<Alias>` (its output type), an object of schemas member by member. */
  function schemaText(type, indent = '') {
    if (isSchema(type)) {
      const out = checker.getTypeOfSymbol(type.getProperty('_output'))
      const alias = aliases.find((a) => same(a.type, out))
      return `z.ZodType<${alias ? alias.name : checker.typeToString(out, undefined, FLAGS)}>`
    }
    if (!holdsSchema(type)) return checker.typeToString(type, undefined, FLAGS)
    const inner = props(type).map(
      (p) => `${indent}    ${p.name}: ${schemaText(checker.getTypeOfSymbol(p), `${indent}    `)};`,
    )
    return `{\n${inner.join('\n')}\n${indent}}`
  }

  const entryOfFile = new Map(typed.map((e) => [posix(join(dir, e.types)), e.specifier]))
  /** The entry that printed a declaration first, for one that several entries export. */
  const printedIn = new Map()
  /** One exported name: its declaration(s) as the .d.ts writes them, or where it comes from. */
  function declaration({ name, symbol }, specifier) {
    const decls = symbol.declarations ?? []
    const file = posix(decls[0]?.getSourceFile().fileName ?? '')
    const first = printedIn.get(symbol)
    const home = entryOfFile.get(file) ?? first?.specifier ?? specifier
    if (!first) printedIn.set(symbol, { specifier: home, name })
    if (home !== specifier) return `export { ${name} } from '${home}'`
    if (first && first.name !== name) return `export { ${first.name} as ${name} }`
    if (!file.startsWith(posix(dir))) {
      const from = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]
      const pkgDir = /\/packages\/([^/]+)\//.exec(file)?.[1]
      return `export { ${name} } from '${from ?? `@karabakh-aftermath/${pkgDir}`}'`
    }
    const type = symbol.flags & ts.SymbolFlags.Variable && checker.getTypeOfSymbol(symbol)
    if (type && holdsSchema(type)) return `const ${name}: ${schemaText(type)}`
    return decls
      .map((d) => {
        const node = ts.isVariableDeclaration(d) ? d.parent.parent : d
        const text = printer.printNode(ts.EmitHint.Unspecified, node, d.getSourceFile())
        // A long union of literals (the data's id unions) one member per line: a new id is then
        // a one-line diff.
        return text
          .replace(/^(export\s+)?(declare\s+)?/, '')
          .replace(
            /^(type \w+ =) ((?:(["'])[^"'\n]*\3 \| ){6,}(["'])[^"'\n]*\4);$/,
            (_, head, union) =>
              `${[head, ...union.split(' | ').map((m) => `    | ${m}`)].join('\n')};`,
          )
      })
      .join('\n')
  }

  const sections = entries.map((e) => {
    if (e.asset) return `## \`${e.specifier}\` → \`${e.asset}\``
    const js = e.js && existsSync(join(dir, e.js)) ? readFileSync(join(dir, e.js), 'utf8') : ''
    const directive = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*['"]use client['"]/
    const client = directive.test(js) ? ", `'use client'`" : ''
    const declarations = exportsOf(e).map((x) => declaration(x, e.specifier))
    return [
      `## \`${e.specifier}\` (\`${e.js}\`${client})`,
      '',
      '```ts',
      ...declarations,
      '```',
    ].join('\n')
  })
  return `${[
    `# API report: ${pkg.name}`,
    '<!-- Generated by scripts/release/api-report.mjs from the built package: `pnpm api:update`. -->',
    ...sections,
  ].join('\n\n')}\n`
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  const update = process.argv.includes('--update')
  let stale = 0
  for (const p of publishedPackages()) {
    const out = join(p.dir, 'api', `${p.pkg.name.split('/')[1]}.api.md`)
    const text = reportOf(p)
    const rel = posix(relative(root, out))
    const current = existsSync(out) ? readFileSync(out, 'utf8') : null
    if (current === text) console.log(`api: ${rel} matches the built package`)
    else if (update) {
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, text)
      console.log(`api: ${rel} written`)
    } else {
      stale++
      console.error(
        `api: ${rel} ${current === null ? 'is missing' : 'differs from the built package'}`,
      )
    }
  }
  if (stale) {
    console.error(
      `check:api: ${stale} API report(s) out of date (git diff after \`pnpm api:update\` shows how). If the change is intended, commit the reports (docs/versioning.md).`,
    )
    process.exit(1)
  }
}
