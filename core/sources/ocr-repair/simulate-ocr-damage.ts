/**
 * Damages a correct German text the way the OCR'd strategy and cabinet press release are
 * damaged: every umlaut and ß is lost, each replaced by one of the readings seen there, drawn
 * with a seeded generator (the same seed gives the same text). Returns the damaged text and,
 * for every damaged word, where it stands in it and what it was. For tests and the benchmark.
 */
export interface SimulatedDamage {
  text: string;
  damaged: { at: number; original: string; correct: string }[];
}

// The readings with their weights, roughly as often as the two sources show them.
const READINGS: Readonly<Record<string, readonly [string, number][]>> = {
  ä: [
    ['a', 70],
    ['d', 10],
    ['é', 5],
    ['éa', 5],
    ['ad', 3],
  ],
  ö: [
    ['o', 60],
    ['é', 12],
    ['d', 12],
    ['oé', 3],
    ['&', 2],
  ],
  ü: [
    ['u', 40],
    ['i', 20],
    ['ii', 15],
    ['l', 12],
    ['iu', 5],
    ['U', 3],
    ['li', 2],
  ],
  ß: [
    ['B', 30],
    ['R', 20],
    ['lR', 10],
    ['ll', 8],
    ['li', 8],
    ['l', 8],
    ['fl', 5],
    ['f3', 3],
    ['3', 3],
  ],
  Ä: [['A', 1]],
  Ö: [['O', 1]],
  Ü: [['U', 1]],
};

/** A small seeded generator (mulberry32): deterministic across runs and machines. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(options: readonly [string, number][], random: () => number): string {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random() * total;
  for (const [reading, weight] of options) {
    at -= weight;
    if (at < 0) return reading;
  }
  return options[0]![0];
}

export function simulateOcrDamage(text: string, seed: number): SimulatedDamage {
  const random = generator(seed);
  let out = '';
  let from = 0;
  const damaged: SimulatedDamage['damaged'] = [];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    out += text.slice(from, match.index);
    from = match.index + word.length;
    const broken = [...word].map((letter) => (READINGS[letter] ? draw(READINGS[letter], random) : letter)).join('');
    if (broken !== word) damaged.push({ at: out.length, original: broken, correct: word });
    out += broken;
  }
  return { text: out + text.slice(from), damaged };
}
