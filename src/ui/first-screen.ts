/**
 * The id of the element that ends a page's first screen, where the first screen is laid out
 * as one block (the reader's title card, centred in the viewport). The prerender makes the
 * first paint wait until the parser has reached it (`<link rel="expect" blocking="render">`):
 * a paint of the card half-parsed, centred, moved everything in it up as the rest arrived (a
 * layout shift of 0.03, in 1 of 10 loads at 4× CPU). Line ids never hold an underscore
 * (`ID_PATTERN`), so no story can claim it.
 */
export const FIRST_SCREEN_END = 'first-screen_end'
