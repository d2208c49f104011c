import type { ComponentType, RefObject } from 'react'
import type { Place } from '../links/links'

/** What a reading view hands to whoever renders its sharing tools (the app composes them in). */
export interface ShareContext {
  /** Where the reader is now: called at the moment of sharing. */
  readonly current: () => Place
  /** The place of one line of this view. */
  readonly lineLink: (lineId: string) => Place
  readonly title: string
  /** The text inside which a selection can be shared. */
  readonly rootRef: RefObject<HTMLElement | null>
}

/** Renders sharing tools for a view; views don't import the sharing feature themselves. */
export type ShareSlot = ComponentType<ShareContext>
