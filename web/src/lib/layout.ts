// A small deterministic force layout (Fruchterman–Reingold with gravity) for the network: nodes start on a
// circle, heaviest first; the same data always gives the same picture, fitted into the box at the end.

export interface Placed {
  id: string;
  x: number;
  y: number;
}

export function forceLayout(
  ids: readonly string[],
  links: readonly { a: string; b: string; weight: number }[],
  width: number,
  height: number,
  iterations = 400,
): Map<string, Placed> {
  const n = ids.length;
  const nodes = ids.map((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    return { id, x: Math.cos(angle), y: Math.sin(angle), dx: 0, dy: 0 };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const k = Math.sqrt(4 / Math.max(1, n));
  let temperature = 0.2;
  for (let step = 0; step < iterations; step++) {
    for (const node of nodes) {
      node.dx = -node.x * 0.08 * k * n; // gravity keeps separate groups near the middle
      node.dy = -node.y * 0.08 * k * n;
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const p = nodes[i]!;
        const q = nodes[j]!;
        const dx = p.x - q.x || 1e-3;
        const dy = p.y - q.y || 1e-3;
        const d2 = Math.max(1e-4, dx * dx + dy * dy);
        const f = (k * k) / d2;
        p.dx += dx * f;
        p.dy += dy * f;
        q.dx -= dx * f;
        q.dy -= dy * f;
      }
    }
    for (const link of links) {
      const p = nodes[index.get(link.a) ?? -1];
      const q = nodes[index.get(link.b) ?? -1];
      if (!p || !q) continue;
      const dx = p.x - q.x;
      const dy = p.y - q.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1e-3;
      const f = (d / k) * Math.min(2, 1 + Math.log1p(link.weight) / 3);
      p.dx -= dx * f;
      p.dy -= dy * f;
      q.dx += dx * f;
      q.dy += dy * f;
    }
    for (const node of nodes) {
      const d = Math.sqrt(node.dx * node.dx + node.dy * node.dy) || 1;
      const move = Math.min(d, temperature);
      node.x += (node.dx / d) * move;
      node.y += (node.dy / d) * move;
    }
    temperature = Math.max(0.002, temperature * 0.985);
  }
  return fitInto(nodes, width, height);
}

/** Scales the layout into the box, keeping its aspect and a margin for labels. */
function fitInto(nodes: { id: string; x: number; y: number }[], width: number, height: number) {
  const margin = { x: 60, y: 36 };
  const xs = nodes.map((p) => p.x);
  const ys = nodes.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min((width - 2 * margin.x) / spanX, (height - 2 * margin.y) / spanY);
  const offX = (width - spanX * scale) / 2;
  const offY = (height - spanY * scale) / 2;
  return new Map(
    nodes.map((p) => [p.id, { id: p.id, x: offX + (p.x - minX) * scale, y: offY + (p.y - minY) * scale }]),
  );
}
