import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, expect, test } from 'vitest'
import library from 'virtual:library'
import { linesOf } from '../story/lookup'
import { App } from './app'
import { importers } from './views'

// Each view is a lazy chunk. Loading one means transforming its whole module graph, which on a
// busy machine takes longer than Testing Library's 1-second findBy default; load them all once
// here (under the hook timeout, as main.tsx preloads the current view before hydration) so
// every test below waits only for React, never for the module loader.
beforeAll(async () => {
  await Promise.all(Object.values(importers).map((load) => load()))
}, 60_000)

/** Renders the app at `href` and waits for its (already loaded) lazy view. */
async function renderApp(href: string) {
  const result = render(<App href={href} />)
  // The view and its stories load as chunks of their own: on a busy machine that can take a while.
  await screen.findByRole('main', undefined, { timeout: 15_000 })
  return result
}

test('home shows both pieces with their metadata and the ways in', async () => {
  await renderApp('/')
  expect(screen.getByRole('heading', { level: 1, name: 'Chosen' })).toBeInTheDocument()
  const pieces = screen.getByRole('region', { name: 'The two pieces' })
  expect(within(pieces).getByRole('heading', { name: 'Chapter 1' })).toBeInTheDocument()
  expect(within(pieces).getByRole('heading', { name: 'For Her' })).toBeInTheDocument()
  expect(within(pieces).getByText('Spuffy')).toBeInTheDocument()
  const ways = screen.getByRole('navigation', { name: 'Ways in' })
  expect(within(ways).getByRole('link', { name: 'Read Buffy’s side' })).toHaveAttribute('href', '/read/buffy')
  expect(within(ways).getByRole('link', { name: 'Read Spike’s side' })).toHaveAttribute('href', '/read/spike')
  expect(within(ways).getByRole('link', { name: 'Side by side' })).toHaveAttribute('href', '/side-by-side/chosen')
})

test('the reader has every line of the story in the document, as text', async () => {
  const { container } = await renderApp('/read/spike')
  const spike = library.stories.find((s) => s.id === 'spike')!
  const shown = Array.from(container.querySelectorAll('[data-line]')).map((el) => el.textContent)
  expect(shown).toEqual(linesOf(spike).map((l) => l.text))
  expect(container.querySelector('.line em')?.textContent).toContain("So that's what she wanted")
  expect(screen.getByRole('heading', { level: 1, name: 'For Her' })).toBeInTheDocument()
  expect(screen.getByRole('region', { name: '“I love you”' })).toBeInTheDocument()
})

test('the author’s note and disclaimer are folded away in the preface', async () => {
  await renderApp('/read/spike')
  const note = screen.getByText('Author’s note').closest('details')!
  expect(note).not.toHaveAttribute('open')
  expect(within(note).getByText('A companion piece for Miracles')).toBeInTheDocument()
  expect(screen.getByText('Disclaimer').closest('details')).not.toHaveAttribute('open')
})

test('a beat links to the same moment on the other side and side by side', async () => {
  await renderApp('/read/buffy')
  const fire = screen.getByRole('region', { name: "Fire that doesn't burn" })
  expect(within(fire).getByRole('link', { name: 'See this moment from Spike’s side' })).toHaveAttribute('href', '/read/spike/fire')
  expect(within(fire).getByRole('link', { name: 'Side by side' })).toHaveAttribute('href', '/side-by-side/chosen/fire')
})

test('settings change the theme, size and pace, and remember them', async () => {
  const user = userEvent.setup()
  await renderApp('/read/buffy')
  const button = screen.getByRole('button', { name: /settings/i })
  expect(button).toHaveAttribute('aria-expanded', 'false')
  await user.click(button)
  expect(button).toHaveAttribute('aria-expanded', 'true')
  await user.click(screen.getByRole('radio', { name: 'Sepia' }))
  await user.click(screen.getByRole('radio', { name: 'Extra large' }))
  await user.click(screen.getByRole('radio', { name: 'Off: all at once' }))
  expect(document.documentElement.dataset).toMatchObject({ theme: 'sepia', size: 'xl', pace: 'off' })
  expect(JSON.parse(localStorage.getItem('chosen:prefs')!)).toEqual({ v: 1, value: { theme: 'sepia', size: 'xl', pace: 'off', shortcuts: true } })
  await user.keyboard('{Escape}')
  expect(button).toHaveAttribute('aria-expanded', 'false')
  expect(button).toHaveFocus()
})

test('a returning reader is offered to continue where they left off', async () => {
  localStorage.setItem('chosen:place:buffy', 'she-could-see-the-anguish-in')
  await renderApp('/read/buffy')
  expect(await screen.findByRole('button', { name: 'Continue where you left off' })).toBeInTheDocument()
  expect(screen.getByText(/She could see the anguish in his eyes/, { selector: '.continue-snippet' })).toBeInTheDocument()
})

test('an unknown piece gets a helpful page with links to the pieces', async () => {
  await renderApp('/read/angel')
  expect(screen.getByRole('heading', { name: 'This moment isn’t here' })).toBeInTheDocument()
  expect(screen.getByText('a piece called “angel”')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Read “For Her”, Spike’s side' })).toHaveAttribute('href', '/read/spike')
})

test('hostile text in an address is shown as text, never run', async () => {
  const { container } = await renderApp('/read/spike/x/<img src=x onerror=alert(1)>')
  expect(container.querySelector('img')).toBeNull()
  expect(screen.getByText(/onerror=alert/)).toBeInTheDocument()
})
