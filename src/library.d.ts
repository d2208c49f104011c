declare module 'virtual:library' {
  const library: import('./story/story-types').Library
  export default library
}

declare module 'virtual:site' {
  const site: import('./story/story-types').Site
  export default site
}
