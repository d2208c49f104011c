import './story.css'
import { Fragment } from 'react'
import type { Line, Paragraph } from '../story/story-types'

/** One line: a span with its id (the anchor of its moment address) and its word count for pacing. */
export function LineText({ line, domId }: { line: Line; domId?: string }) {
  return (
    <span className={line.echo ? 'line echo' : 'line'} id={domId ?? line.id} data-line={line.id} data-words={line.words} data-echo={line.echo}>
      {line.spans.map((span, i) => (span.em ? <em key={i}>{span.text}</em> : span.text))}
    </span>
  )
}

/**
 * A paragraph of lines. `flow` groups paragraphs into one reading column for the reveals;
 * `opensBeat` gives its first line a breath. Lines are separated by a plain space so that
 * copied text reads as the author wrote it.
 */
export function ParagraphText({ paragraph, flow, opensBeat, idOf }: { paragraph: Paragraph; flow: string; opensBeat?: boolean; idOf?: (lineId: string) => string }) {
  const heading = paragraph.lines[0]?.kind === 'heading'
  return (
    <p className={heading ? 'para coda' : 'para'} data-para="" data-flow={flow} data-opens-beat={opensBeat ? '' : undefined}>
      {paragraph.lines.map((line, i) => (
        <Fragment key={line.id}>
          {i > 0 ? ' ' : null}
          <LineText line={line} domId={idOf?.(line.id)} />
        </Fragment>
      ))}
    </p>
  )
}
