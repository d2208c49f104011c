import { render, screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { ViewBoundary } from './view-boundary'

function Broken(): never {
  throw new TypeError("Cannot read properties of null (reading 'index')")
}

test('a view that throws shows a way back instead of a blank page', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  render(
    <ViewBoundary>
      <Broken />
    </ViewBoundary>,
  )
  expect(screen.getByRole('heading', { level: 1, name: 'This page stumbled' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Reload this page' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to the scene' })).toHaveAttribute('href', '/')
})
