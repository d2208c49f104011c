import { parseArgs } from 'node:util'

/** The default port: fixed, so that every follower's address survives a restart (7722, for episode 7.22, "Chosen"). */
export const DEFAULT_PORT = 7722

export interface LiveArgs {
  readonly host: string | undefined
  readonly port: number
  readonly newShow: boolean
  readonly stateFile: string
  /** Serve `dist` as it is, even if older than the sources (the tests build once, then restart the server often). */
  readonly noBuild: boolean
  /** The built site to serve (default `dist`). */
  readonly dist: string
}

/** The command line of `npm run live`: `--host`, `--port`, `--new-show`, `--state <file>`, `--no-build`, `--dist <dir>`. Throws on anything else. */
export function parseLiveArgs(argv: readonly string[]): LiveArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'new-show': { type: 'boolean', default: false },
      state: { type: 'string', default: '.live/show.json' },
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
    },
    strict: true,
  })
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a port number (1–65535), not “${values.port}”`)
  return {
    host: values.host,
    port,
    newShow: values['new-show'] ?? false,
    stateFile: values.state ?? '.live/show.json',
    noBuild: values['no-build'] ?? false,
    dist: values.dist ?? 'dist',
  }
}
