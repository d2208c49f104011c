/** Said when a link names a moment this page doesn't have: the page is shown from its start. */
export function MissingMoment({ anchor }: { anchor: string }) {
  return (
    <div className="notice" role="status">
      <p>There’s no moment called “{anchor}” here (the link may be old or cut short), so this starts at the beginning.</p>
    </div>
  )
}
