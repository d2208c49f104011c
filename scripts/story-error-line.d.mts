export function storyErrorLine(error: unknown): string | null
