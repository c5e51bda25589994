/** @type {import('next').NextConfig} */
const nextConfig = {
  // The repository's own lockfile is not this app's: keep Next from guessing a workspace root.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
}

export default nextConfig
