/** Numbers in [0, 1) from `seed`, the same sequence every time (mulberry32). */
export function makeRandom(seed: number): () => number;
