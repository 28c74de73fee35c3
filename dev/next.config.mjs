import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Without this the admin reloads forever when opened via 127.0.0.1 (blocked /_next/hmr).
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // Browser tests build into their own folder so they never fight a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The app lives in dev/, the plugin's source in ../src and node_modules in the repo root.
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
