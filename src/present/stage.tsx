import { AnimatePresence, LazyMotion, MotionConfig, m } from 'framer-motion'
import { useRef } from 'react'
import type { Deck, Slide } from './slides'
import { useFitText } from './use-fit-text'

const loadFeatures = () => import('./motion-features').then((r) => r.default)

/** The words of a slide, side by side for an echo. */
export function SlideText({ deck, slide }: { deck: Deck; slide: Slide }) {
  if (slide.kind === 'title') {
    return (
      <div className="slide-title">
        <p className="slide-kicker">{deck.subtitle}</p>
        <p className="slide-heading">{deck.title}</p>
      </div>
    )
  }
  return (
    <div className={slide.parts.length > 1 ? 'slide-parts two' : 'slide-parts'}>
      {slide.parts.map((part) => (
        <div key={part.storyId} className={`slide-part tint-${part.tint}`}>
          {deck.tint === 'both' ? <p className="slide-who">{part.who}</p> : null}
          <p className="slide-lines">
            {part.lines.map((line, i) => (
              <span key={line.id}>
                {i > 0 ? ' ' : null}
                {line.spans.map((s, j) => (s.em ? <em key={j}>{s.text}</em> : s.text))}
              </span>
            ))}
          </p>
        </div>
      ))}
    </div>
  )
}

/** Plain text of a slide, for the live region and the presenter. */
export function slidePlainText(deck: Deck, slide: Slide | undefined): string {
  if (!slide) return ''
  if (slide.kind === 'title') return `${deck.title}. ${deck.subtitle}.`
  return slide.parts.map((p) => (deck.tint === 'both' ? `${p.who}: ` : '') + p.lines.map((l) => l.text).join(' ')).join(' ')
}

/**
 * The stage: one slide in large type that fits the screen, the beat's label small above
 * it. Slides cross-fade (framer-motion, features loaded lazily) once the page is live; the
 * server's HTML shows the slide plainly, with no inline style for the CSP to refuse.
 */
export function Stage({ deck, slide, animated }: { deck: Deck; slide: Slide; animated: boolean }) {
  const body = <FitBox deck={deck} slide={slide} />
  return (
    <div className="stage-inner">
      <p className="stage-beat">{slide.beatLabel ?? ''}</p>
      <div className="stage-box">
        {animated ? (
          <LazyMotion features={loadFeatures} strict>
            <MotionConfig reducedMotion="user">
              <AnimatePresence mode="wait" initial={false}>
                <m.div
                  key={slide.id || 'title'}
                  className="stage-slide"
                  initial={{ opacity: 0, y: 24 }}
                  animate={{ opacity: 1, y: 0 }}
                  exit={{ opacity: 0, y: -16 }}
                  transition={{ duration: 0.45, ease: [0.22, 0.61, 0.36, 1] }}
                >
                  {body}
                </m.div>
              </AnimatePresence>
            </MotionConfig>
          </LazyMotion>
        ) : (
          <div className="stage-slide">{body}</div>
        )}
      </div>
    </div>
  )
}

/** A slide's text in a box that shrinks it to fit, measured when the slide itself mounts. */
function FitBox({ deck, slide }: { deck: Deck; slide: Slide }) {
  const fitRef = useRef<HTMLDivElement>(null)
  useFitText(fitRef, slide.id)
  return (
    <div className={`stage-fit kind-${slide.kind}`} ref={fitRef}>
      <SlideText deck={deck} slide={slide} />
    </div>
  )
}
