// CSS modules: umi compiles `*.less` imports to class-name maps.
declare module '*.less' {
  const classes: Record<string, string>;
  export default classes;
}
