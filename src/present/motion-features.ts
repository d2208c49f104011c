// Loaded on demand by LazyMotion, so framer-motion's animation features stay off the
// critical path of every page.
export { domAnimation as default } from 'framer-motion'
