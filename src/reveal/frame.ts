/**
 * One pass per animation frame for everything that follows the scroll: each job first
 * reads the geometry it needs (read phase) and returns what it will change (write
 * phase), which runs after every job has read. Nothing then asks for layout after the
 * page was changed in the same frame, so no job forces a synchronous style or layout.
 */
export type FrameJob = () => (() => void) | void

const jobs = new Set<FrameJob>()
let frame = 0

function runFrame(): void {
  frame = 0
  const due = [...jobs]
  jobs.clear()
  const writes: (() => void)[] = []
  for (const read of due) {
    const write = read()
    if (write) writes.push(write)
  }
  for (const write of writes) write()
}

/** Runs `job` in the next frame (once, however often it is asked for before then). */
export function requestFrame(job: FrameJob): void {
  jobs.add(job)
  if (!frame) frame = requestAnimationFrame(runFrame)
}

/** Takes `job` out of the next frame; safe to call when it is not in it. */
export function cancelFrame(job: FrameJob): void {
  jobs.delete(job)
  if (jobs.size === 0 && frame) {
    cancelAnimationFrame(frame)
    frame = 0
  }
}
