import { absoluteLink } from '../links/use-location-state'
import { SelectionShare } from '../share/selection-share'
import { ShareButton } from '../share/share-button'
import type { ShareSlot } from '../ui/share-slot'

/** The sharing tools of a reading view: the Share button, and "Share this line" on a selection. */
export const shareTools: ShareSlot = function ShareTools({ current, lineLink, title, rootRef }) {
  return (
    <>
      <ShareButton link={() => absoluteLink(current())} title={title} />
      <SelectionShare rootRef={rootRef} linkOf={(line) => absoluteLink(lineLink(line))} title={title} />
    </>
  )
}
