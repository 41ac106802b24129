/** wink's model files imported one by one (wink-model.ts): untyped CommonJS, passed to wink as they are. */
declare module 'wink-eng-lite-web-model/dist/*' {
  const part: unknown;
  export default part;
}
