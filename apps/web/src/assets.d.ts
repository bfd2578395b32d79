/** A file the build copies beside the app, imported for its address (Vite's `?url`), e.g. MapLibre's worker. */
declare module '*?url' {
  const url: string;
  export default url;
}
