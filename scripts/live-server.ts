// `npm run live`: the site and the live channel from this laptop, for a fan event.
// Builds the site first when there is no build or it is older than the sources; prints
// the audience's addresses (and a QR code of the first) and the presenter's address,
// which carries the show's secret in its #fragment (never sent to a server, a log or a Referer).
import { spawnSync } from 'node:child_process'
import { networkInterfaces } from 'node:os'
import { resolve } from 'node:path'
import { renderUnicodeCompact } from 'uqr'
import { LIVE_PATHS } from '../src/live/live-paths.ts'
import { DEFAULT_PORT, parseLiveArgs, type LiveArgs } from './live/args.ts'
import { buildNeeded } from './live/freshness.ts'
import { createLiveServer, deckLookup } from './live/server.ts'
import { loadShow } from './live/state-file.ts'
import { loadLibrary } from './stories-plugin.ts'

const root = process.cwd()

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address)
}

let args: LiveArgs
try {
  args = parseLiveArgs(process.argv.slice(2))
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run live -- [--host <address>] [--port <number, default ${DEFAULT_PORT}>] [--new-show]`)
  process.exit(2)
}

const why = args.noBuild ? null : buildNeeded(root, args.dist)
if (why) {
  console.log(`Building the site first (${why})…`)
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: '/', OUT_DIR: args.dist } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const library = loadLibrary(root)
const stateFile = resolve(root, args.stateFile)
const listenHost = args.host ?? '0.0.0.0'
const hosts = args.host && args.host !== '0.0.0.0' ? [args.host] : lanAddresses()
const origin = (host: string) => `http://${host.includes(':') ? `[${host}]` : host}:${args.port}`
const audience = hosts.map((h) => origin(h) + LIVE_PATHS.follow)
const { show, resumed } = loadShow(stateFile, deckLookup(library), args.newShow)
const { app } = await createLiveServer({
  dist: resolve(root, args.dist),
  library,
  show,
  stateFile,
  audience,
  log: (line) => console.log(`  ${new Date().toTimeString().slice(0, 8)} ${line}`),
})

try {
  await app.listen({ host: listenHost, port: args.port })
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EADDRINUSE') {
    console.error(
      `\nPort ${args.port} is already taken (is another \`npm run live\` running?).\n` +
        `Stop it, or choose another port with --port, e.g. \`npm run live -- --port ${args.port + 1}\`.\n` +
        `(The port never changes by itself: followers reconnect to the same address after a restart.)`,
    )
    process.exit(1)
  }
  throw error
}

const presenterHost = args.host && args.host !== '0.0.0.0' ? args.host : 'localhost'
const place = show.room.show ? `at “${show.room.show}”, slide ${show.room.index + 1} of ${show.room.count}` : 'no piece open yet'
console.log(`\n  ${library.site.name} · live  ${resumed ? `(the same show, ${place})` : '(a new show)'}\n`)
if (audience.length === 0) console.log('  Audience:  no network address found: join a Wi-Fi network or start a phone hotspot, then restart')
for (const url of audience) console.log(`  Audience:  ${url}`)
console.log(`  Presenter: ${origin(presenterHost)}${LIVE_PATHS.start}#key=${show.secret}`)
console.log('             (open it on this laptop only: it holds the show’s secret)\n')
if (audience[0]) console.log(renderUnicodeCompact(audience[0], { border: 2 }).replace(/^/gm, '  '))
console.log(`\n  State: ${args.stateFile} (a restart continues this show; --new-show starts over). Ctrl+C stops.\n`)

const stop = () => {
  console.log(`\n  Stopped. The show is saved in ${args.stateFile}: the same command continues it.`)
  void app.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
