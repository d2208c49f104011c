/**
 * The id of the empty element that ends a page's first screen, where the first screen is laid
 * out as one block (the reader's and the home page's title cards, centred in the viewport).
 * The prerender makes the first paint wait until the parser has reached it (`<link
 * rel="expect" blocking="render">`): a paint of the card half-parsed, centred, moved
 * everything in it as the rest arrived (a layout shift of 0.03, in 1 of 10 loads at 4× CPU).
 * It comes after the card's last element and holds nothing: Chromium lets the page paint as
 * soon as the parser adds the element with this id, before what is inside it (on the cards'
 * last lines it let "Scroll to begin" and the last way in arrive after the first paint:
 * tests/e2e/first-screen.spec.ts). Line ids never hold an underscore (`ID_PATTERN`), so no
 * story can claim it.
 */
export const FIRST_SCREEN_END = 'first-screen_end'

/** The end of a first screen laid out as one block: put it after the block's last element. */
export function FirstScreenEnd() {
  return <span id={FIRST_SCREEN_END} hidden />
}
