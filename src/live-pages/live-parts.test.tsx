import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { NoKey } from './live-parts'

describe('the no-key panel of the start page and the remote', () => {
  test('without a key it says what to open, and offers nothing to forget', () => {
    render(
      <NoKey title="Open the Presenter address" hasKey={false} onForget={() => {}}>
        Open the address <code>npm run live</code> printed.
      </NoKey>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Open the Presenter address' })).toBeInTheDocument()
    expect(screen.getByText(/Open the address/)).toContainHTML('<code>npm run live</code>')
    expect(screen.queryByRole('button')).toBeNull()
  })

  test('with a refused key it offers to forget it', async () => {
    const onForget = vi.fn()
    render(
      <NoKey title="This phone’s key is for another show" hasKey onForget={onForget}>
        Scan the code.
      </NoKey>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Forget the old key' }))
    expect(onForget).toHaveBeenCalledOnce()
  })
})
