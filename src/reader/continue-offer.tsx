import { useRef } from 'react'
import type { Moment } from '../story/lookup'
import { usePositionEffect, type PositionStore, type ReadingPosition } from '../reveal/use-reading-position'

/** The offer is for the reader arriving: it steps aside once they are reading the story. */
const inStory = (p: ReadingPosition) => p.line !== null

/**
 * Offers, on return, to go back to the line the reader had reached, while they are above
 * the story. It hides and comes back by itself, following the position on the page
 * (as the reading status does): a render of the reader there, in the middle of a flick,
 * was the one long frame left in it.
 */
export function ContinueOffer({ moment, store, onContinue }: { moment: Moment; store: PositionStore; onContinue: () => void }) {
  const box = useRef<HTMLElement>(null)
  usePositionEffect(store, (p) => {
    if (box.current && box.current.hidden !== inStory(p)) box.current.hidden = inStory(p)
  })
  const snippet = moment.line.text.length > 70 ? `${moment.line.text.slice(0, 68).trimEnd()}…` : moment.line.text
  return (
    <aside ref={box} className="continue" aria-label="Continue reading" hidden={inStory(store.get())}>
      <button type="button" className="solid-button continue-button" onClick={onContinue}>
        Continue where you left off
      </button>
      <p className="continue-snippet">“{snippet}”</p>
    </aside>
  )
}
