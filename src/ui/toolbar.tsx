import { useRef, type ReactNode } from 'react'
import site from 'virtual:site'
import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import type { Prefs } from '../prefs/prefs'
import { SettingsPanel } from './settings-panel'
import { useScrolled } from './use-scrolled'

/** The quiet bar above every reading view: home, where you are, progress, settings, and any extra tools. */
export function Toolbar({
  title,
  status,
  prefs,
  onPrefs,
  children,
}: {
  title: string
  status?: ReactNode
  prefs: Prefs
  onPrefs: (change: Partial<Prefs>) => void
  children?: ReactNode
}) {
  const bar = useRef<HTMLDivElement>(null)
  useScrolled(bar)
  return (
    <header className="toolbar">
      <a className="skip-link" href="#main">
        Skip to the story
      </a>
      <a className="brand" href={formatLink({ view: 'home' }, BASE)}>
        <span aria-hidden="true">✦ </span>
        {site.name}
      </a>
      <p className="toolbar-title">{title}</p>
      {status ? <p className="toolbar-status">{status}</p> : null}
      <div className="toolbar-tools">
        {children}
        <SettingsPanel prefs={prefs} onChange={onPrefs} />
      </div>
      <div ref={bar} className="progress-bar" aria-hidden="true" />
    </header>
  )
}
