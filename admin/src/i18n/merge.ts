type Tree = { [key: string]: string | Tree };

/** Deep-merges message trees; later trees win. */
export function mergeMessages(...trees: object[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [k, v] of Object.entries(tree as Tree)) {
      const prev = out[k];
      out[k] = typeof v === 'object' && typeof prev === 'object' ? mergeMessages(prev, v) : typeof v === 'object' ? mergeMessages(v) : v;
    }
  }
  return out;
}

/** Every leaf key of a message tree, dotted. */
export function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree as Tree).flatMap(([k, v]) => (typeof v === 'object' ? leafKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
