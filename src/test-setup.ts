import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy*/waitFor give up after 1 s by default; rendering a whole view in jsdom on a busy
// shared machine can take longer than that. Waiting longer costs nothing when it is quick.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  cleanup()
  // Node-environment tests (the live server's) have no localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear()
})
