import './live.css'
import { useState } from 'react'
import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import { useLiveControl } from '../live/use-live-control'
import { useLiveKey } from '../live/use-live-key'
import { useLiveOrigin } from '../live/use-live-info'
import { useLiveRoom } from '../live/use-live-room'
import { LiveStatusPill, NoKey, NoShow, type PieceLink } from './live-parts'
import { QrCode } from './qr-code'
import site from 'virtual:site'

/**
 * The presenter's start page (the `Presenter:` address): it keeps the show's secret in
 * this browser, offers the pieces to present, the scripts for two readers, the audience's
 * address, and, on this screen only (never on the stage), a QR code that carries the
 * secret to the presenter's phone for `/remote`.
 */
export function LiveStartPage({ pieces, scripts }: { pieces: readonly PieceLink[]; scripts: readonly { pair: string; story: string; who: string }[] }) {
  const { key, forget } = useLiveKey()
  const { room, status } = useLiveRoom()
  const control = useLiveControl(key)
  const origin = useLiveOrigin()
  const [showRemote, setShowRemote] = useState(false)
  const follow = origin + formatLink({ view: 'follow' }, BASE)
  const remote = key ? `${origin}${formatLink({ view: 'remote' }, BASE)}#key=${key}` : ''

  let body
  if (status === 'absent') body = <NoShow pieces={pieces} what="The presenter’s page" />
  else if (key === null || control.status === 'refused')
    body = (
      <NoKey title={key === null ? 'Open the Presenter address' : 'This browser holds an old show’s key'} hasKey={key !== null} onForget={forget}>
        Open the <code>Presenter:</code> address that <code>npm run live</code> printed, on this laptop: it carries the show’s secret.
      </NoKey>
    )
  else
    body = (
      <>
        <header className="follow-head">
          <p className="kicker">{control.status === 'ok' ? 'This browser drives the show' : 'Checking the show’s key…'}</p>
          <h1 className="follow-title">You’re presenting</h1>
          {room?.show ? (
            <p className="live-note">
              The show is at line {room.index} of {room.count - 1} of “{pieces.find((p) => p.id === room.show)?.title ?? room.show}”. Opening it again continues there.
            </p>
          ) : null}
        </header>
        <section className="start-section" aria-labelledby="start-pieces">
          <h2 id="start-pieces">Put a piece on the projector</h2>
          <ul className="start-pieces">
            {pieces.map((p) => (
              <li key={p.id}>
                <a className="start-piece" href={formatLink({ view: 'present', id: p.id }, BASE)}>
                  <span className="start-piece-title">{p.title}</span>
                  <span className="start-piece-side">{p.side}</span>
                </a>
              </li>
            ))}
          </ul>
          <p className="live-note">Every step on the stage (keys, clicker, or your phone) reaches the audience. Press Q on the stage for the audience’s QR code.</p>
        </section>
        <div className="start-codes">
          <section className="start-section start-code" aria-labelledby="start-audience">
            <h2 id="start-audience">The audience</h2>
            <QrCode url={follow} label={`QR code for ${follow}`} />
            <p className="start-url">{follow}</p>
          </section>
          <section className="start-section start-code" aria-labelledby="start-remote">
            <h2 id="start-remote">Your phone as the remote</h2>
            {showRemote ? (
              <>
                <QrCode url={remote} label="QR code that opens the remote on your phone, with the show’s key" />
                <p className="live-note">Only for your own phone: this code carries the show’s key.</p>
                <button type="button" className="live-button" onClick={() => setShowRemote(false)}>
                  Hide the code
                </button>
              </>
            ) : (
              <>
                <p className="live-note">A code that carries the show’s key to your phone. Show it only on this screen, never on the projector.</p>
                <button type="button" className="live-button" onClick={() => setShowRemote(true)}>
                  Show the remote’s code
                </button>
              </>
            )}
          </section>
        </div>
        {scripts.length ? (
          <section className="start-section" aria-labelledby="start-scripts">
            <h2 id="start-scripts">Two readers</h2>
            <p className="live-note">Each reader opens their script on their own device; it follows the show.</p>
            <ul className="start-scripts">
              {scripts.map((s) => (
                <li key={`${s.pair}/${s.story}`}>
                  <a href={formatLink({ view: 'script', pair: s.pair, story: s.story }, BASE)}>{s.who}’s script</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </>
    )

  return (
    <div className="page live start" data-view="live">
      <header className="remote-bar">
        <a className="brand" href={formatLink({ view: 'home' }, BASE)}>
          <span aria-hidden="true">✦ </span>
          {site.name}
        </a>
        <p className="remote-title">Presenter</p>
        <LiveStatusPill status={status} room={room} />
      </header>
      <main id="main" className="live-main start-main">
        {body}
      </main>
    </div>
  )
}
