import type { Moment } from '../story/lookup'

/** Offers, on return, to go back to the line the reader had reached. */
export function ContinueOffer({ moment, onContinue }: { moment: Moment; onContinue: () => void }) {
  const snippet = moment.line.text.length > 70 ? `${moment.line.text.slice(0, 68).trimEnd()}…` : moment.line.text
  return (
    <aside className="continue" aria-label="Continue reading">
      <button type="button" className="solid-button continue-button" onClick={onContinue}>
        Continue where you left off
      </button>
      <p className="continue-snippet">“{snippet}”</p>
    </aside>
  )
}
