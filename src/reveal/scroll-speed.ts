/** A position of the page at a moment: ms on the page's clock, px scrolled. */
interface Sample {
  readonly t: number
  readonly y: number
}

/**
 * How fast the page moves, in px/s, measured over the last `windowMs` from positions
 * sampled as often as one likes (once a frame, when something asks for a pass). Over a
 * window, not from one frame to the next: a wheel moves the page in steps with still
 * frames between them, and frame-to-frame speed drops to nothing at every still frame, so
 * a flick would read as reading half the time. One step after a pause (a reader moving on
 * by a screenful) spreads over the whole window and reads as the slow move it is.
 */
export function createSpeedometer(windowMs: number): (t: number, y: number) => number {
  const trail: Sample[] = []
  return (t, y) => {
    trail.push({ t, y })
    // Keep one sample at or before the window's start: the movement is measured from it.
    while (trail.length > 1 && (trail[1] as Sample).t <= t - windowMs) trail.shift()
    const base = trail[0] as Sample
    return (Math.abs(y - base.y) * 1000) / Math.max(windowMs, t - base.t)
  }
}
