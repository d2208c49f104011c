export const PRECACHE_BUDGET: number
export const PRECACHE_GLOBS: string[]
export function sentBytes(file: string, body: Uint8Array): number
export function viewPageOf(url: URL, scope: string): string
export function precacheOf(outDir: string): { url: string; bytes: number; sent: number }[]
export function makeOffline(options: { outDir: string; base: string }): Promise<{ count: number; size: number; gzip: number }>
