// Renders the link-preview cards (1200×630 PNG) at build time with satori (layout to SVG)
// and resvg (SVG to PNG): no browser needed. Fonts are the site's own Literata.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import satori from 'satori'

/** @typedef {import('../src/share/cards.ts').CardSpec} CardSpec */
/** @typedef {import('../src/story/story-types.ts').Tint} Tint */

/** @param {string} file */
const font = (file) => readFileSync(join('node_modules/@fontsource/literata/files', file))
/** @type {import('satori').SatoriOptions['fonts']} */
const FONTS = [
  { name: 'Literata', data: font('literata-latin-400-normal.woff'), weight: 400, style: 'normal' },
  { name: 'Literata', data: font('literata-latin-300-normal.woff'), weight: 300, style: 'normal' },
  { name: 'Literata', data: font('literata-latin-400-italic.woff'), weight: 400, style: 'italic' },
]
const INK = '#f1e9de'
const SOFT = '#d6cabc'
const TINT = { warm: '#ffb27a', cool: '#a9d0f5', neutral: '#d9d4cc' }
const SKY_COLOR = { warm: 'rgba(255,150,70,0.28)', cool: 'rgba(90,140,220,0.3)', neutral: 'rgba(190,180,170,0.2)' }
// A side's light from its corner: the left story's (or a lone story's warm light) from the left, the right's from the right.
/**
 * @param {Tint} tint
 * @param {number} at
 */
const sky = (tint, at) => `radial-gradient(ellipse at ${at}% 0%, ${SKY_COLOR[tint]}, rgba(15,12,11,0) 65%)`
const SKY = { warm: sky('warm', 20), cool: sky('cool', 80), neutral: sky('neutral', 50) }

/**
 * An element as satori reads it (a React element without React).
 * @param {string} type
 * @param {Record<string, string | number>} style
 * @param {import('react').ReactNode} children
 * @returns {import('react').ReactElement}
 */
const h = (type, style, children) => ({ type, props: { style, children }, key: null })

/** @param {CardSpec} card */
function tree(card) {
  const [left, right] = card.tints ?? ['warm', 'cool']
  const light = card.tint === 'both' ? `${sky(left, 20)}, ${sky(right, 80)}` : SKY[card.tint]
  const fire = 'radial-gradient(ellipse at 50% 110%, rgba(255,104,38,0.45), rgba(15,12,11,0) 60%)'
  const two = card.quotes.length > 1
  const size = two ? 36 : (card.quotes[0]?.text.length ?? 0) > 110 ? 44 : 54
  return h(
    'div',
    {
      width: 1040,
      height: 502,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px',
      backgroundColor: '#0f0c0b',
      backgroundImage: `${fire}, ${light}`,
      color: INK,
      fontFamily: 'Literata',
    },
    [
      h('div', { display: 'flex', fontSize: 24, letterSpacing: 4, textTransform: 'uppercase', color: card.tint === 'both' ? TINT[left] : TINT[card.tint] }, card.kicker),
      h(
        'div',
        { display: 'flex', flexDirection: two ? 'row' : 'column', gap: 56, width: 1040 },
        card.quotes.map((q) =>
          h('div', { display: 'flex', flexDirection: 'column', width: two ? 492 : 1040, borderLeft: two ? `4px solid ${TINT[q.tint]}` : 'none', paddingLeft: two ? 28 : 0 }, [
            ...(q.who ? [h('div', { display: 'flex', fontSize: 22, letterSpacing: 3, textTransform: 'uppercase', color: TINT[q.tint], marginBottom: 16 }, q.who)] : []),
            h('div', { display: 'flex', fontSize: size, lineHeight: 1.3, fontStyle: 'italic', maxWidth: two ? 464 : 1040 }, q.text),
          ]),
        ),
      ),
      h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', width: 1040 }, [
        h('div', { display: 'flex', fontSize: 44, fontWeight: 300 }, card.title),
        h('div', { display: 'flex', fontSize: 22, color: SOFT }, card.credit),
      ]),
    ],
  )
}

/**
 * Writes every card under `outDir`; returns how many and how long it took.
 * @param {CardSpec[]} cards
 * @param {string} outDir
 */
export async function renderCards(cards, outDir) {
  const started = Date.now()
  for (const card of cards) {
    const svg = await satori(tree(card), { width: 1200, height: 630, fonts: FONTS })
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng()
    const file = join(outDir, card.file)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, png)
  }
  return { count: cards.length, ms: Date.now() - started }
}
