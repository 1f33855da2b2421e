/** Types for rabbit-node, which ships none: Zawgyi <-> Unicode conversion of Burmese text (`zawgyi.ts`). */
declare module 'rabbit-node' {
  const Rabbit: {
    readonly zg2uni: (text: string) => string;
    readonly uni2zg: (text: string) => string;
  };
  export default Rabbit;
}
