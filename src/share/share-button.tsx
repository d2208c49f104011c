import { useEffect, useState } from 'react'
import { shareLink, type ShareOutcome } from './share-link'

const SAY: Record<Exclude<ShareOutcome, 'cancelled'>, string> = {
  shared: 'Shared.',
  copied: 'Link copied to the clipboard.',
  failed: 'Could not copy. Here is the link:',
}

/**
 * The Share button of every view. `link` is called at the moment of the click, so it
 * shares where the reader is now. The outcome is shown and announced (a polite live
 * region); if copying failed the link is shown, selected, to copy by hand.
 */
export function ShareButton({ link, title, label = 'Share' }: { link: () => string; title: string; label?: string }) {
  const [outcome, setOutcome] = useState<{ kind: ShareOutcome; url: string } | null>(null)

  useEffect(() => {
    if (!outcome || outcome.kind === 'failed') return
    const timer = window.setTimeout(() => setOutcome(null), 4000)
    return () => window.clearTimeout(timer)
  }, [outcome])

  const onShareClick = async () => {
    const url = link()
    setOutcome({ kind: await shareLink(url, title), url })
  }

  return (
    <div className="share">
      <button type="button" className="tool-button" onClick={onShareClick}>
        <span aria-hidden="true">↗</span>
        <span className="tool-label">{label}</span>
      </button>
      <div className="share-status" role="status">
        {outcome && outcome.kind !== 'cancelled' ? (
          <div className="share-toast">
            <p>{SAY[outcome.kind]}</p>
            {outcome.kind === 'copied' ? <p className="share-url">{outcome.url}</p> : null}
            {outcome.kind === 'failed' ? (
              <input className="share-field" readOnly value={outcome.url} aria-label="Link to share" onFocus={(e) => e.currentTarget.select()} autoFocus />
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  )
}
