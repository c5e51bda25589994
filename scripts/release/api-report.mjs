// `pnpm check:api` / `pnpm api:update`: one API report per published package, checked in at
// packages/<pkg>/api/<pkg>.api.md, so that a change to a public API shows up in review as a
// readable diff. The report is built from what users install: the package's `exports` map and,
// for every entry with types, the declarations its built `.d.ts` exports (resolved through
// re-exports with the TypeScript compiler API, comments dropped, sorted by name), plus the
// package-private declarations those reference, and the `'use client'` directive of each
// JavaScript entry. Why not API Extractor: see docs/releasing.md.
//
//   node scripts/release/api-report.mjs            check: exit 1 with a diff if a report is stale
//   node scripts/release/api-report.mjs --update   rewrite the reports
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { parseArgs } from 'node:util'
import ts from 'typescript'
import { publishedPackages, root } from './lib/consumer.mjs'
import { biomeFormat } from './lib/format.mjs'

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed })

const byName = (a, b) => a.localeCompare(b, 'en')
const shortName = (name) => name.replace(/^@[^/]+\//, '')
const posix = (p) => p.split(sep).join('/')

/** The entries of an exports map: subpath, types file, JavaScript file, or an asset pattern. */
function entriesOf(pkg) {
  const out = []
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target === 'string') out.push({ subpath, asset: target })
    else out.push({ subpath, types: target.types, js: target.import ?? target.default })
  }
  return out
}

/** The published packages, read once: {@link workspaceModule} runs for every declaration. */
let workspacePackages

/**
 * The module a workspace file is published as: `@scope/pkg/subpath` when it is the types file of an
 * entry of that package's exports map, else `@scope/pkg/<path in the package>`; `undefined` when
 * the file is in no published package. (pnpm links workspace packages, so their files resolve to
 * packages/<dir>/…, not to node_modules.)
 */
function workspaceModule(fileName) {
  const f = posix(fileName)
  workspacePackages ??= publishedPackages()
  const pkg = workspacePackages.find(({ dir }) => f.startsWith(`${posix(dir)}/`))
  if (!pkg) return undefined
  const inPkg = f.slice(posix(pkg.dir).length + 1)
  const entry = entriesOf(pkg.pkg).find((e) => e.types && e.types.replace(/^\.\//, '') === inPkg)
  return entry ? `${pkg.pkg.name}${entry.subpath.slice(1)}` : `${pkg.pkg.name}/${inPkg}`
}

/** The package that declares a file: this one (`null`), a workspace package, or node_modules. */
function owner(fileName, pkgDir) {
  const f = posix(fileName)
  const i = f.lastIndexOf('/node_modules/')
  if (i === -1) {
    if (f.startsWith(posix(pkgDir))) return null
    return workspaceModule(fileName) ?? posix(relative(root, fileName))
  }
  const rest = f.slice(i + '/node_modules/'.length).split('/')
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  return name.startsWith('@types/')
    ? name
        .slice('@types/'.length)
        .replace('__', '/')
        .replace(/^(?!@)(.*\/.*)$/, '@$1')
    : name
}

/** Prints a declaration without comments, `export`/`declare`, with long unions one per line. */
function printDeclaration(node, sourceFile) {
  let target = node
  if (ts.isVariableDeclaration(node)) target = node.parent.parent // the VariableStatement
  // A position-free deep clone prints in the printer's canonical layout (semicolons, 4-space
  // indents), whatever tool wrote the .d.ts; the original node would keep its source layout.
  const canonical =
    typeof ts.getSynthesizedDeepClone === 'function'
      ? ts.getSynthesizedDeepClone(target, false)
      : target
  let text = printer.printNode(ts.EmitHint.Unspecified, canonical, sourceFile)
  text = text.replace(/^(export\s+)?(default\s+)?(declare\s+)?/, '')
  // Long unions of string literals (the data's id unions, often inlined by declaration
  // bundlers) one member per line, sorted: a new or removed id is then a one-line diff.
  const literal = `(?:"[^"\\n]*"|'[^'\\n]*')`
  const longUnion = new RegExp(`(?:${literal} \\| ){6,}${literal}`, 'g')
  return text.replace(longUnion, (union, offset, whole) => {
    const indent = /^[ ]*/.exec(whole.slice(whole.lastIndexOf('\n', offset) + 1))[0]
    const members = [...union.split(' | ')].sort()
    return `\n${members.map((m) => `${indent}    | ${m}`).join('\n')}\n${indent}`
  })
}

const kindOf = (decl) => {
  if (ts.isFunctionDeclaration(decl)) return 'function'
  if (ts.isClassDeclaration(decl)) return 'class'
  if (ts.isInterfaceDeclaration(decl)) return 'interface'
  if (ts.isTypeAliasDeclaration(decl)) return 'type'
  if (ts.isEnumDeclaration(decl)) return 'enum'
  if (ts.isVariableDeclaration(decl))
    return ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const ? 'const' : 'let'
  if (ts.isModuleDeclaration(decl) || ts.isSourceFile(decl)) return 'namespace'
  return ts.SyntaxKind[decl.kind]
}

/** The API report of one package, as markdown. */
export function reportOf({ dir, pkg }) {
  const entries = entriesOf(pkg)
  const typed = entries.filter((e) => e.types)
  const missing = typed.filter((e) => !existsSync(join(dir, e.types)))
  if (missing.length) {
    throw new Error(
      `${pkg.name}: not built (missing ${missing.map((e) => e.types).join(', ')}); run pnpm build first`,
    )
  }
  const program = ts.createProgram(
    typed.map((e) => join(dir, e.types)),
    {
      noEmit: true,
      skipLibCheck: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      types: [],
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    },
  )
  const checker = program.getTypeChecker()
  const resolve = (s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s)
  const lines = [
    `# API report: ${pkg.name}`,
    '',
    '<!-- Generated by scripts/release/api-report.mjs from the built package. Do not edit: run `pnpm api:update`. -->',
    '',
    '## Entry points',
    '',
  ]
  for (const e of entries) {
    const name = `${pkg.name}${e.subpath.slice(1)}`
    if (e.asset) {
      const files = e.asset.includes('*')
        ? globSync(e.asset.replace(/^\.\//, ''), { cwd: dir }).map(posix).sort()
        : [e.asset.replace(/^\.\//, '')]
      lines.push(
        `- \`${name}\` → \`${e.asset}\`${e.asset.includes('*') ? `: ${files.map((f) => `\`${f}\``).join(', ')}` : ''}`,
      )
    } else {
      const js = e.js && existsSync(join(dir, e.js)) ? readFileSync(join(dir, e.js), 'utf8') : ''
      const client = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(js)
      lines.push(
        `- \`${name}\` → types \`${e.types}\`, code \`${e.js}\`${client ? ", `'use client'`" : ''}`,
      )
    }
  }

  /** Declarations of this package referenced by exports but not exported themselves. */
  const exported = new Set()
  const referenced = new Map()
  const sections = []
  const collectRefs = (node) => {
    const visit = (n) => {
      let id
      if (ts.isTypeReferenceNode(n)) id = n.typeName
      else if (ts.isExpressionWithTypeArguments(n)) id = n.expression
      else if (ts.isTypeQueryNode(n)) id = n.exprName
      if (id) {
        const leftmost = ts.isQualifiedName(id)
          ? id.right
          : ts.isPropertyAccessExpression(id)
            ? id.name
            : id
        const symbol = checker.getSymbolAtLocation(leftmost)
        if (symbol) {
          const target = resolve(symbol)
          const decl = target.declarations?.[0]
          if (
            decl &&
            owner(decl.getSourceFile().fileName, dir) === null &&
            !ts.isTypeParameterDeclaration(decl)
          ) {
            if (!referenced.has(target)) referenced.set(target, null)
          }
        }
      }
      ts.forEachChild(n, visit)
    }
    visit(node)
  }

  // Every exported declaration once, with the entry points that export it (the root entry of a
  // package often re-exports its subpath entries: the declarations are not repeated).
  /** @type {Map<ts.Symbol, { names: Set<string>, entries: string[], typeOnly: boolean }>} */
  const byTarget = new Map()
  for (const e of typed) {
    const sf = program.getSourceFile(join(dir, e.types))
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf)
    const entryName = `${pkg.name}${e.subpath.slice(1)}`
    const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []
    lines.push(
      '',
      `### \`${entryName}\``,
      '',
      exports.length
        ? exports
            .map((s) => s.name)
            .sort(byName)
            .map((n) => `- \`${n}\``) // one per line: an added or removed export is a one-line diff
            .join('\n')
        : '(no exports)',
    )
    for (const symbol of exports) {
      const target = resolve(symbol)
      exported.add(target)
      const seen = byTarget.get(target) ?? { names: new Set(), entries: [], typeOnly: true }
      seen.names.add(symbol.name)
      if (!seen.entries.includes(e.subpath)) seen.entries.push(e.subpath)
      if (!(symbol.flags & ts.SymbolFlags.Alias && checker.getTypeOnlyAliasDeclaration?.(symbol)))
        seen.typeOnly = false
      byTarget.set(target, seen)
    }
  }
  sections.push('', '## Declarations', '')
  const ordered = [...byTarget].sort(
    ([a, x], [b, y]) => byName([...x.names][0], [...y.names][0]) || byName(a.name, b.name),
  )
  for (const [target, { names, entries: from, typeOnly }] of ordered) {
    const decls = target.declarations ?? []
    const external = decls[0] ? owner(decls[0].getSourceFile().fileName, dir) : null
    const shown = [...names].sort(byName)
    const where = `exported from ${from.map((s) => `\`${s}\``).join(', ')}`
    if (external) {
      sections.push(
        `### \`${shown.join('`, `')}\` (re-export; ${where})`,
        '',
        '```ts',
        `export { ${target.name === 'export=' ? 'default' : target.name} } from '${external}'`,
        '```',
        '',
      )
      continue
    }
    const kinds = [...new Set(decls.map(kindOf))].join(' + ')
    const renamed =
      shown.some((n) => n !== target.name) && target.name !== 'default'
        ? `; declared as \`${target.name}\``
        : ''
    sections.push(
      `### \`${shown.join('`, `')}\` (${kinds}${typeOnly ? ', type-only' : ''}; ${where}${renamed})`,
      '',
      '```ts',
    )
    for (const decl of decls) {
      if (ts.isSourceFile(decl) || ts.isModuleDeclaration(decl)) {
        sections.push(
          `namespace ${target.name} { /* ${checker
            .getExportsOfModule(target)
            .map((s) => s.name)
            .sort(byName)
            .join(', ')} */ }`,
        )
        continue
      }
      sections.push(printDeclaration(decl, decl.getSourceFile()))
      collectRefs(decl)
    }
    sections.push('```', '')
  }

  // Referenced, not exported (API Extractor's "forgotten exports"): their shape is API too.
  const seen = new Set()
  const forgotten = []
  const queue = [...referenced.keys()]
  while (queue.length) {
    const s = queue.shift()
    if (seen.has(s) || exported.has(s)) continue
    seen.add(s)
    const before = referenced.size
    const printed = (s.declarations ?? [])
      .filter((d) => !ts.isSourceFile(d))
      .map((d) => {
        collectRefs(d)
        return printDeclaration(d, d.getSourceFile())
      })
    if (referenced.size > before) queue.push(...[...referenced.keys()].slice(before))
    const where = posix(relative(dir, s.declarations[0].getSourceFile().fileName))
    forgotten.push({ name: s.name, where, text: printed.join('\n') })
  }
  if (forgotten.length) {
    sections.push('', '## Not exported, referenced by the API', '')
    for (const f of forgotten.sort((a, b) =>
      `${a.where}:${a.name}`.localeCompare(`${b.where}:${b.name}`, 'en'),
    )) {
      sections.push(`### \`${f.name}\` (${f.where})`, '', '```ts', f.text, '```', '')
    }
  }
  return stableText(
    `${[...lines, ...sections]
      .join('\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`,
  )
}

/**
 * What the checker prints can depend on the machine and on the order types were created in:
 * absolute paths of files in node_modules, the order of the members of a union of literals
 * (`"statement" | "commentary"`: the checker orders them by when each literal type was first
 * created, which follows the order files were read in) and of an enum object
 * (`z.ZodEnum<{ a: "a"; b: "b" }>`). All are normalised so the report changes only with the API.
 */
export function stableText(text) {
  const literal = `(?:"[^"\\n]*"|'[^'\\n]*')`
  const unpathed = text
    .replace(/"\/[^"]*\/node_modules\/(?:\.pnpm\/[^/"]+\/node_modules\/)?([^"]+)"/g, '"$1"')
    .replace(new RegExp(`${literal}(?: \\| ${literal})+`, 'g'), (union) =>
      union.match(new RegExp(literal, 'g')).sort().join(' | '),
    )
  const lines = unpathed.split('\n')
  const member = /^\s+(?:[\w$]+|"[^"]*"): "[^"]*";$/
  for (let i = 0; i < lines.length; ) {
    let j = i
    while (j < lines.length && member.test(lines[j])) j++
    if (j - i > 1) lines.splice(i, j - i, ...lines.slice(i, j).sort())
    i = Math.max(j, i + 1)
  }
  return lines.join('\n')
}

const reportPath = ({ dir, pkg }) => join(dir, 'api', `${shortName(pkg.name)}.api.md`)

function diff(expectedPath, actualText) {
  const tmp = mkdtempSync(join(tmpdir(), 'api-report-'))
  const actual = join(tmp, 'generated.api.md')
  writeFileSync(actual, actualText)
  const label = posix(relative(root, expectedPath))
  const r = spawnSync(
    'diff',
    [
      '-u',
      '--label',
      `${label} (checked in)`,
      '--label',
      `${label} (built)`,
      existsSync(expectedPath) ? expectedPath : '/dev/null',
      actual,
    ],
    { encoding: 'utf8' },
  )
  rmSync(tmp, { recursive: true, force: true })
  if (r.error) return '(no diff(1) on this machine: compare the files yourself)'
  const out = r.stdout.split('\n')
  return out.length > 300
    ? `${out.slice(0, 300).join('\n')}\n… ${out.length - 300} more lines of diff`
    : r.stdout
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  const { values: args } = parseArgs({
    options: {
      update: { type: 'boolean', default: false },
      package: { type: 'string', multiple: true },
    },
  })
  let stale = 0
  for (const p of publishedPackages()) {
    if (args.package && !args.package.some((n) => p.pkg.name === n || shortName(p.pkg.name) === n))
      continue
    const out = reportPath(p)
    let text
    try {
      // As the packages' `biome check .` wants it, whatever biome.json says about markdown.
      text = biomeFormat(reportOf(p), out)
    } catch (error) {
      console.error(`check:api: ${error.message}`)
      process.exit(1)
    }
    const current = existsSync(out) ? readFileSync(out, 'utf8') : null
    const rel = posix(relative(root, out))
    if (args.update) {
      mkdirSync(dirname(out), { recursive: true })
      if (current !== text) writeFileSync(out, text)
      console.log(
        `api: ${rel} ${current === text ? 'unchanged' : current === null ? 'written' : 'updated'}`,
      )
    } else if (current === text) {
      console.log(`api: ${rel} matches the built package`)
    } else {
      stale++
      console.error(
        `api: ${rel} ${current === null ? 'is missing' : 'differs from the built package'}:\n`,
      )
      console.error(diff(out, text))
    }
  }
  if (stale) {
    console.error(
      `check:api: ${stale} API report(s) out of date. If the change is intended, run \`pnpm api:update\`, commit the reports and add a changeset with the right bump (docs/versioning.md).`,
    )
    process.exit(1)
  }
}
