// Serves the static build (dist/) on 127.0.0.1 with no dependency: `pnpm start` runs it after the
// build, and the end-to-end tests start it on a free port. Directories serve their index.html, a
// directory without its trailing slash redirects to it, and anything else missing gets 404.html.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

/**
 * Starts a static server over `root`. Resolves with the server and its base URL once it listens.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 */
export function serve({
  root = fileURLToPath(new URL('../dist/', import.meta.url)),
  port = 4321,
  host = '127.0.0.1',
} = {}) {
  const base = normalize(root.endsWith(sep) ? root : root + sep)
  const server = createServer((req, res) => {
    let path
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      res.writeHead(400).end('bad request')
      return
    }
    let file = normalize(join(base, path))
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden')
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end()
        return
      }
      file = join(file, 'index.html')
    }
    let status = 200
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404
      file = join(base, '404.html')
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not found')
        return
      }
    }
    res.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-cache',
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`
      resolve({ server, url })
    })
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url))
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(
      'docs: no build in apps/docs/dist. Run `pnpm build` (or `pnpm start`) at the repository root first.',
    )
    process.exit(1)
  }
  const port = Number(process.env.PORT ?? 4321)
  const { server, url } = await serve({ port })
  console.log(`\n  The docs app is served at ${url}  (Ctrl+C to stop)\n`)
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
