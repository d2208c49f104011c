/**
 * The scene's light, behind the text: a tint for whose side it is (warm Californian sun
 * for Buffy, cool dark for Spike) and a fire that rises as the page is read. The fire is
 * driven by a CSS scroll timeline, off the main thread; without support it glows at rest.
 * Purely decorative, so hidden from assistive technology.
 */
export function Atmosphere({ tint }: { tint: 'warm' | 'cool' | 'both' }) {
  return (
    <div className={`atmosphere atmosphere-${tint}`} aria-hidden="true">
      <div className="atmosphere-sky" />
      <div className="atmosphere-fire" />
      <div className="atmosphere-embers" />
    </div>
  )
}
