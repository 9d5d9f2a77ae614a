/** The briefing file's script as a string (vite.config.ts: src/briefing/bundle.ts, `briefingRuntime`). */
declare module 'virtual:ties-briefing-runtime' {
  const code: string;
  export default code;
}
