/** A problem in a story source, reported as `stories/<file>:<line>: <reason>`. */
export class StoryError extends Error {
  readonly file: string
  readonly line: number
  readonly reason: string

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`)
    this.name = 'StoryError'
    this.file = file
    this.line = line
    this.reason = reason
  }
}

/** 1-based line number of a character offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
