import { LazyMotion, MotionConfig, m, useReducedMotion } from 'framer-motion'
import { useEffect, useRef, useState } from 'react'
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

/** How long the old slide takes to leave, and how long the new one takes to come (seconds). */
const LEAVE = 0.25
const COME = 0.45
const EASE = [0.22, 0.61, 0.36, 1] as const

/**
 * The stage: one slide in large type that fits the screen, the beat's label small above
 * it. Once the page is live, slides cross-fade (framer-motion, features loaded lazily): the
 * old one leaves, then the new one comes (two lines of large type never overlap). The
 * server's HTML shows the slide plainly, with no inline style for the CSP to refuse.
 *
 * The cross-fade is two keyed slides, the one named and the one leaving, not AnimatePresence:
 * its mode "wait" can keep a stale slide on the stage for good when steps come at about the
 * length of the exit (motiondivision/motion#3803, open on 12.43 and 13.1), which is how a
 * presenter's clicker steps. Here the slide named is always rendered, whatever the timing.
 */
export function Stage({ deck, slide, animated }: { deck: Deck; slide: Slide; animated: boolean }) {
  const leaving = useLeaving(slide, animated)
  return (
    <div className="stage-inner">
      <p className="stage-beat">{slide.beatLabel ?? ''}</p>
      <div className="stage-box">
        {animated ? (
          <LazyMotion features={loadFeatures} strict>
            <MotionConfig reducedMotion="user">
              {/* One keyed list, so a slide keeps its element (and its fade) as it goes from named to leaving and back. */}
              {[
                leaving && (
                  <m.div
                    key={leaving.id || 'title'}
                    className="stage-slide is-leaving"
                    aria-hidden="true"
                    animate={{ opacity: 0, y: -16 }}
                    transition={{ duration: LEAVE, ease: EASE }}
                  >
                    <FitBox deck={deck} slide={leaving} />
                  </m.div>
                ),
                <m.div
                  key={slide.id || 'title'}
                  className="stage-slide"
                  // Comes in only when it replaces another: not when the page goes live.
                  initial={leaving ? { opacity: 0, y: 24 } : false}
                  animate={{ opacity: 1, y: 0 }}
                  transition={{ duration: COME, ease: EASE, delay: leaving ? LEAVE : 0 }}
                >
                  <FitBox deck={deck} slide={slide} />
                </m.div>,
              ]}
            </MotionConfig>
          </LazyMotion>
        ) : (
          <div className="stage-slide">
            <FitBox deck={deck} slide={slide} />
          </div>
        )}
      </div>
    </div>
  )
}

/**
 * The slide that is leaving the stage, if any: the one shown before `slide`, for as long as
 * it takes to fade out (and then gone, by a timer, so a fade that never runs cannot leave it
 * there). None with reduced motion, where slides switch at once.
 */
function useLeaving(slide: Slide, animated: boolean): Slide | null {
  const reduced = useReducedMotion()
  const [shown, setShown] = useState(slide)
  const [leaving, setLeaving] = useState<Slide | null>(null)
  // Adjusting state while rendering (React's pattern for "the previous prop"): the slide
  // before this one becomes the leaving one in the same render that shows the new one.
  if (shown.id !== slide.id) {
    setShown(slide)
    setLeaving(animated && !reduced ? shown : null)
  }
  useEffect(() => {
    if (!leaving) return
    const timer = setTimeout(() => setLeaving(null), LEAVE * 1000 + 100)
    return () => clearTimeout(timer)
  }, [leaving])
  return leaving
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
