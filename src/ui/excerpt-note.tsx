/**
 * Said on a moment's own page as the server writes it: the page holds that moment's beat
 * alone (a whole story on each of its hundreds of moment pages would make the site grow
 * with the square of its text), and the piece's page, which holds all of it, is a link
 * away. With scripts, the app replaces this page with the whole piece at once.
 */
export function ExcerptNote({ piece, href }: { piece: string; href: string }) {
  return (
    <div className="notice excerpt-note">
      <p>
        One moment of {piece}, on a page of its own. <a href={href}>Read the whole piece from here</a>
      </p>
    </div>
  )
}
