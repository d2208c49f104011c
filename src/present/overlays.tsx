import { useEffect, useState } from 'react'
import { COMMANDS } from './commands'

/** The commands that have keys, and their keys, shown by `?`. */
export function HelpOverlay({ onClose, shortcuts }: { onClose: () => void; shortcuts: boolean }) {
  return (
    <div className="overlay" role="dialog" aria-modal="false" aria-labelledby="help-title">
      <div className="overlay-card">
        <h2 id="help-title">Keys</h2>
        <table className="keys">
          <tbody>
            {COMMANDS.filter((c) => c.keys.length > 0).map((c) => (
              <tr key={c.name} className={c.single === true && !shortcuts ? 'off' : undefined}>
                <th scope="row">{c.label}</th>
                <td>
                  {c.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                  {c.single === true && !shortcuts ? <span className="keys-off"> (off)</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="tool-button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  )
}

/** A QR code of the current moment's link, for the audience to open it on their phones. uqr loads only when asked. */
export function QrOverlay({ url, onClose }: { url: string; onClose: () => void }) {
  const [matrix, setMatrix] = useState<boolean[][] | null>(null)
  useEffect(() => {
    let live = true
    void import('uqr').then(({ encode }) => {
      if (live) setMatrix(encode(url, { border: 2 }).data)
    })
    return () => {
      live = false
    }
  }, [url])
  const size = matrix?.length ?? 0
  return (
    <div className="overlay" role="dialog" aria-modal="false" aria-labelledby="qr-title">
      <div className="overlay-card qr-card">
        <h2 id="qr-title">Follow along on your phone</h2>
        {matrix ? (
          <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`QR code for ${url}`} shapeRendering="crispEdges">
            <rect width={size} height={size} fill="#fff" />
            <path fill="#000" d={matrix.flatMap((row, y) => row.map((on, x) => (on ? `M${x} ${y}h1v1h-1z` : ''))).join('')} />
          </svg>
        ) : (
          <p>Making the code…</p>
        )}
        <p className="qr-url">{url}</p>
        <button type="button" className="tool-button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  )
}
