import { formatLink, type Place } from '../links/links'
import { BASE } from '../links/use-location-state'
import { SelectionShare } from '../share/selection-share'
import { ShareButton } from '../share/share-button'
import type { ShareSlot } from '../ui/share-slot'

const absolute = (place: Place) => window.location.origin + formatLink(place, BASE)

/** The sharing tools of a reading view: the Share button, and "Share this line" on a selection. */
export const shareTools: ShareSlot = function ShareTools({ current, lineLink, title, rootRef }) {
  return (
  <>
    <ShareButton link={() => absolute(current())} title={title} />
    <SelectionShare rootRef={rootRef} linkOf={(line) => absolute(lineLink(line))} title={title} />
  </>
  )
}
