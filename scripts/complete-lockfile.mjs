#!/usr/bin/env node
// Adds package-lock.json entries for platform-specific optional packages that this registry mirror does not
// serve, so that `npm ci` finds the lock in sync; npm skips them on this platform anyway.
import { readFileSync, writeFileSync } from 'node:fs'
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
const platform = (name) => {
  const os = /darwin/.test(name) ? 'darwin' : /win32/.test(name) ? 'win32' : /android/.test(name) ? 'android' : /freebsd/.test(name) ? 'freebsd' : /openbsd/.test(name) ? 'openbsd' : /openharmony/.test(name) ? 'openharmony' : 'linux'
  const cpu = /arm64/.test(name) ? 'arm64' : /arm-/.test(name) ? 'arm' : /ia32/.test(name) ? 'ia32' : /loong64/.test(name) ? 'loong64' : /ppc64/.test(name) ? 'ppc64' : /riscv64/.test(name) ? 'riscv64' : /s390x/.test(name) ? 's390x' : 'x64'
  const libc = /musl/.test(name) ? ['musl'] : /linux/.test(name) && /gnu/.test(name) ? ['glibc'] : undefined
  return { cpu: [cpu], os: [os], ...(libc ? { libc } : {}) }
}
let added = 0
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!/^@(next\/swc|rollup\/rollup)-/.test(dep)) continue
    const base = path === '' ? '' : `${path}/`
    const key = `${base}node_modules/${dep}`
    const hoisted = `node_modules/${dep}`
    if (lock.packages[key] || lock.packages[hoisted]) continue
    lock.packages[hoisted] = { version, license: 'MIT', optional: true, ...platform(dep) }
    added++
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)))
lock.packages = sorted
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n')
console.log(`added ${added} lock entries`)
