// Counts React's commits (renders that reached the page) the way React DevTools is told of
// them, production builds too: the flick of `npm run bench` and the reader's browser test
// both check that scrolling renders nothing.

/** The page's `window` once `countCommits` ran. @typedef {typeof window & { __commits: number, __REACT_DEVTOOLS_GLOBAL_HOOK__: object }} CommitsWindow */

/** For `page.addInitScript(countCommits)`: runs in the page before its scripts. */
export function countCommits() {
  const win = /** @type {CommitsWindow} */ (window)
  win.__commits = 0
  win.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => void win.__commits++,
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  }
}

/** React's commits in `page` so far. @param {import('playwright-core').Page} page */
export const commitsIn = (page) => page.evaluate(() => /** @type {CommitsWindow} */ (window).__commits)
