import { useEffect, useState } from 'react'

/** A QR code of `url` as SVG, drawn once uqr has loaded (lazily: only presenters need it). */
export function QrCode({ url, label }: { url: string; label: string }) {
  const [matrix, setMatrix] = useState<boolean[][] | null>(null)
  useEffect(() => {
    let live = true
    if (url) void import('uqr').then(({ encode }) => live && setMatrix(encode(url, { border: 2 }).data))
    return () => {
      live = false
    }
  }, [url])
  if (!matrix) return <div className="qr qr-pending" aria-hidden="true" />
  const size = matrix.length
  return (
    <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path fill="#000" d={matrix.flatMap((row, y) => row.map((on, x) => (on ? `M${x} ${y}h1v1h-1z` : ''))).join('')} />
    </svg>
  )
}
