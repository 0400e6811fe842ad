/** np's declarations for the editor's TypeScript worker (web/build/np-declarations.ts). */
declare module 'virtual:np-declarations' {
  const files: { filePath: string; content: string }[];
  export default files;
}
