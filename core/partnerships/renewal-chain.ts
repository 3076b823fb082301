interface Renewable {
  key: string;
  renews: string | null;
  renewedBy: string | null;
}

/**
 * Groups agreements into renewal chains, each from its first agreement to its latest renewal
 * (the Lazio agreement of 2016 → the MoU of 2021). An agreement whose predecessor is not in the
 * list starts a chain; the order of the chains follows the order of the list (oldest first).
 */
export function renewalChains<A extends Renewable>(agreements: readonly A[]): A[][] {
  const byKey = new Map(agreements.map((a) => [a.key, a]));
  const placed = new Set<string>();
  const chains: A[][] = [];
  const follow = (first: A) => {
    const chain: A[] = [];
    // The seen-check stops at a broken record that renews itself in a circle.
    for (let a: A | undefined = first; a && !placed.has(a.key); a = a.renewedBy ? byKey.get(a.renewedBy) : undefined) {
      placed.add(a.key);
      chain.push(a);
    }
    if (chain.length) chains.push(chain);
  };
  for (const a of agreements) if (!a.renews || !byKey.has(a.renews)) follow(a);
  for (const a of agreements) follow(a);
  return chains;
}
