import { expect, test } from 'vitest'
import { sentenceRanges, splitSentences } from './segment.ts'

const sentences = (text: string) => sentenceRanges(text).map(([a, b]) => text.slice(a, b))

test('splits prose into sentences', () => {
  expect(sentences('There was no pain. None at all. Just the feeling.')).toEqual(['There was no pain.', 'None at all.', 'Just the feeling.'])
})

test('keeps a dialogue tag with its quotation', () => {
  expect(sentences('“Really?” he asked. She nodded.')).toEqual(['“Really?” he asked.', 'She nodded.'])
})

test('keeps a quotation closed outside its full stop together', () => {
  expect(sentences('She smiled. “I want to see how this ends”.')).toEqual(['She smiled.', '“I want to see how this ends”.'])
})

test('an ellipsis that runs on in lower case does not end the sentence', () => {
  expect(sentences('this is it… he’s not going to make it.')).toEqual(['this is it… he’s not going to make it.'])
})

test('a question that ends a sentence ends the line', () => {
  expect(sentences('Was she about to lose him? Love always left.')).toEqual(['Was she about to lose him?', 'Love always left.'])
})

test('empty text has no sentences', () => {
  expect(sentences('   ')).toEqual([])
})

test('italic spans are cut at sentence ends and keep their emphasis', () => {
  expect(splitSentences([{ text: 'He waits. ' }, { text: 'So that’s it. And', em: true }, { text: ' then.' }])).toEqual([
    [{ text: 'He waits.' }],
    [{ text: 'So that’s it.', em: true }],
    [{ text: 'And', em: true }, { text: ' then.' }],
  ])
})
