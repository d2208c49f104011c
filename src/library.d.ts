declare module 'virtual:library' {
  const library: import('./story/story-types').Library
  export default library
}

declare module 'virtual:site' {
  const site: import('./story/story-types').Site
  export default site
}

declare module 'virtual:library-index' {
  /** The library without the stories' text (each story's beats keep their ids and labels only). */
  const index: import('./story/story-types').Library
  export default index
  /** Loads one story, with its text. */
  export const stories: Record<string, () => Promise<{ default: import('./story/story-types').Story }>>
}
