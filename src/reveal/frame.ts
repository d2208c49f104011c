/**
 * One pass per animation frame for everything that follows the scroll: each job first
 * reads the geometry it needs (read phase) and returns what it will change (write
 * phase), which runs after every job has read. The pass runs just after the frame is
 * drawn (a task queued from requestAnimationFrame): the page's layout is then up to date,
 * so the reads cost nothing, and the writes are laid out with the next frame. Inside
 * requestAnimationFrame itself the first read would lay out the page early, for the
 * frame (a forced layout: runs of paragraphs that just came near, lines whose ink fades).
 */
export type FrameJob = () => (() => void) | void

const jobs = new Set<FrameJob>()
let frame = 0
let after = 0

function runFrame(): void {
  after = 0
  const due = [...jobs]
  jobs.clear()
  const writes: (() => void)[] = []
  for (const read of due) {
    const write = read()
    if (write) writes.push(write)
  }
  for (const write of writes) write()
}

/** Runs `job` once the next frame is drawn (once, however often it is asked for before then). */
export function requestFrame(job: FrameJob): void {
  jobs.add(job)
  if (frame || after) return
  frame = requestAnimationFrame(() => {
    frame = 0
    after = window.setTimeout(runFrame, 0)
  })
}

/** Takes `job` out of the next pass; safe to call when it is not in it. */
export function cancelFrame(job: FrameJob): void {
  jobs.delete(job)
  if (jobs.size > 0) return
  if (frame) cancelAnimationFrame(frame)
  if (after) window.clearTimeout(after)
  frame = 0
  after = 0
}
