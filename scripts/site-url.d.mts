export const DEFAULT_SITE_URL: string
export function warnWithoutSiteUrl(env?: Record<string, string | undefined>, warn?: (message: string) => void): boolean
