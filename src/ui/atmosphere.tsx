import type { Tint } from '../story/story-types'

/**
 * The scene's light, behind the text: the tint of whose side it is (warm like a sun, cool
 * like the dark, or neutral) — for both sides, each side's tint from its corner — and a fire that rises
 * as the page is read. The fire is driven by a CSS scroll timeline, off the main thread;
 * without support it glows at rest. Purely decorative, so hidden from assistive technology.
 */
export function Atmosphere({ tint, tints = ['warm', 'cool'] }: { tint: Tint | 'both'; tints?: readonly [Tint, Tint] }) {
  const sides = tint === 'both' ? ` atmosphere-left-${tints[0]} atmosphere-right-${tints[1]}` : ''
  return (
    <div className={`atmosphere atmosphere-${tint}${sides}`} aria-hidden="true">
      <div className="atmosphere-sky" />
      <div className="atmosphere-fire" />
      <div className="atmosphere-embers" />
    </div>
  )
}
