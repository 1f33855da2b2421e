/** See compile.mjs: the folder of the compiled copy of `root`'s sources, built if needed. */
export function compiledProject(root: string, extra?: readonly string[]): Promise<string>;
