import { useRef } from 'react'
import type { Tint } from '../story/story-types'
import { AT_REST } from './scrolled'
import { useScrolled } from './use-scrolled'

/**
 * The scene's light, behind the text: the tint of whose side it is (warm like a sun, cool
 * like the dark, or neutral) — for both sides, each side's tint from its corner — and a fire that rises
 * as the page is read, following `--scrolled` once the page is still (scrolled.ts; a CSS
 * scroll timeline without script). Purely decorative, so hidden from assistive technology.
 */
export function Atmosphere({ tint, tints = ['warm', 'cool'] }: { tint: Tint | 'both'; tints?: readonly [Tint, Tint] }) {
  const ref = useRef<HTMLDivElement>(null)
  useScrolled(ref, AT_REST)
  const sides = tint === 'both' ? ` atmosphere-left-${tints[0]} atmosphere-right-${tints[1]}` : ''
  return (
    <div ref={ref} className={`atmosphere atmosphere-${tint}${sides}`} aria-hidden="true">
      <div className="atmosphere-sky" />
      <div className="atmosphere-fire" />
      <div className="atmosphere-embers" />
    </div>
  )
}
