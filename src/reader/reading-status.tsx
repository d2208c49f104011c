import { useRef } from 'react'
import { usePositionEffect, type PositionStore, type ReadingPosition } from '../reveal/use-reading-position'
import { START } from '../reveal/reading-position'
import { READING_WPM } from '../story/words'

const figures = (words: number, p: ReadingPosition) => {
  const percent = Math.round(p.progress * 100)
  const minutes = Math.ceil((words * (1 - p.progress)) / READING_WPM)
  return { percent, minutes, said: `Read ${percent}%, about ${minutes} min left` }
}

/**
 * Changes the figure in `el`'s text, in place: replacing the text node (as `textContent`
 * does) would insert a node into the page in every frame of a scroll.
 */
const setFigure = (el: HTMLElement | null, figure: number) => {
  const text = el?.firstChild
  if (text instanceof Text) {
    if (text.data !== String(figure)) text.data = String(figure)
  } else if (el) el.textContent = String(figure)
}

/**
 * "Read N% · about M min left", a progress bar to assistive technology. Rendered once, as
 * at the story's start; as the reader moves, the figures are written straight to the page,
 * so scrolling renders nothing.
 */
export function ReadingStatus({ store, words }: { store: PositionStore; words: number }) {
  const bar = useRef<HTMLSpanElement>(null)
  const percent = useRef<HTMLSpanElement>(null)
  const minutes = useRef<HTMLSpanElement>(null)
  usePositionEffect(store, (p) => {
    const f = figures(words, p)
    if (bar.current && bar.current.getAttribute('aria-valuenow') !== String(f.percent)) {
      bar.current.setAttribute('aria-valuenow', String(f.percent))
      bar.current.setAttribute('aria-valuetext', f.said)
    }
    setFigure(percent.current, f.percent)
    setFigure(minutes.current, f.minutes)
  })
  const start = figures(words, START)
  return (
    <span ref={bar} role="progressbar" aria-label="Reading progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={start.percent} aria-valuetext={start.said}>
      <span className="visually-hidden">Read </span>
      <span ref={percent}>{start.percent}</span>%
      <span className="toolbar-minutes">
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, about </span>
        <span ref={minutes}>{start.minutes}</span> min left
      </span>
    </span>
  )
}
