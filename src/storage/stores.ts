import { createStore, type Store } from './storage'

/** The site's lasting storage (settings, places, flags), namespaced by the base path it was built for. */
export const localStore: Store = createStore(() => (typeof window === 'undefined' ? null : window.localStorage), import.meta.env.BASE_URL)

/** Storage for this tab only (e.g. the guard against reload loops). */
export const sessionStore: Store = createStore(() => (typeof window === 'undefined' ? null : window.sessionStorage), import.meta.env.BASE_URL)
