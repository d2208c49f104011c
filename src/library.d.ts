declare module 'virtual:library' {
  const library: import('./story/story-types').Library
  export default library
}
