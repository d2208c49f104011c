/** The one way from a key to a command: the lookup, the dispatcher that runs its `perform`, and the check for keys bound twice. */
import { COMMANDS, type Command, type CommandContext, type CommandName } from './commands'

/** The parts of a key event the dispatcher reads (a KeyboardEvent has them all). */
export interface KeyLike {
  readonly key: string
  readonly shiftKey?: boolean
  readonly ctrlKey?: boolean
  readonly altKey?: boolean
  readonly metaKey?: boolean
  /** Called before the command runs: F5 would reload, Backspace/Space would scroll or go back. */
  readonly preventDefault?: () => void
}

const isSingle = (c: Command, key: string) => c.single === true || (c.single?.includes(key) ?? false)

/**
 * The commands a key runs now: normally one or none; more means the list binds the key
 * twice. Keys held with Ctrl, Alt or Meta belong to the browser; single-key shortcuts are
 * left out when `shortcuts` is off.
 */
export function commandsForKey(e: KeyLike, shortcuts = true, commands: readonly Command[] = COMMANDS): readonly Command[] {
  if (e.ctrlKey || e.altKey || e.metaKey) return []
  return commands.filter((c) => c.match.includes(e.key) && (shortcuts || !isSingle(c, e.key)))
}

/**
 * Runs the command a key is bound to, and returns it (null when none ran). A key bound to
 * two commands runs neither, with a warning: a slip in the list must not stop a show.
 */
export function dispatchKey(e: KeyLike, context: CommandContext, shortcuts = true, commands: readonly Command[] = COMMANDS): Command | null {
  const found = commandsForKey(e, shortcuts, commands)
  if (found.length > 1) {
    console.warn(`The key "${e.key}" is bound to ${found.map((c) => c.name).join(' and ')}: it does nothing until only one command has it.`)
    return null
  }
  const command = found[0]
  if (!command) return null
  e.preventDefault?.()
  command.perform(context)
  return command
}

/** Every `event.key` bound to more than one command, with those commands' names (empty for a sound list). */
export function keyConflicts(commands: readonly Command[] = COMMANDS): { key: string; names: CommandName[] }[] {
  const owners = new Map<string, CommandName[]>()
  for (const c of commands) for (const key of new Set(c.match)) owners.set(key, [...(owners.get(key) ?? []), c.name])
  return [...owners].filter(([, names]) => names.length > 1).map(([key, names]) => ({ key, names }))
}
