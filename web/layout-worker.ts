// The layout, off the page's main thread: the page stays free to draw and answer the reader
// while d3-force works out where thousands of nodes go. It ticks about once per display frame
// and sends the positions after each tick.
import { createLayout, isRunning, setLayoutGraph, type LayoutLink, type LayoutNode } from './force-layout.ts';
import type { LayoutPositions, ToLayout } from './layout-protocol.ts';

/** One tick per display frame at most: the layout moves as fast as it can be watched. */
const TICK_INTERVAL_MS = 16;

// The worker's global scope, typed by hand: the project's lib is the DOM's, not WebWorker's.
const scope = self as unknown as {
  postMessage(message: LayoutPositions, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToLayout>) => void) | null;
};

const layout = createLayout();
let nodes: LayoutNode[] = [];
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function send(running: boolean): void {
  const xy = new Float64Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    xy[2 * i] = n.x!;
    xy[2 * i + 1] = n.y!;
  });
  const message: LayoutPositions = { type: 'positions', generation, xy, running };
  scope.postMessage(message, [xy.buffer]);
}

function step(): void {
  timer = undefined;
  const started = performance.now();
  layout.tick();
  const running = isRunning(layout);
  send(running);
  if (running) timer = setTimeout(step, Math.max(0, TICK_INTERVAL_MS - (performance.now() - started)));
}

function wake(): void {
  if (timer === undefined && isRunning(layout)) timer = setTimeout(step, 0);
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'graph': {
      generation = message.generation;
      nodes = message.nodes.map((n) => ({ ...n }));
      const links: LayoutLink[] = message.links.map(([source, target, distance]) => ({ source, target, distance }));
      setLayoutGraph(layout, nodes, links);
      if (message.heat > 0) layout.alpha(Math.max(layout.alpha(), message.heat));
      if (message.warmUp > 0) layout.tick(message.warmUp);
      send(isRunning(layout));
      wake();
      break;
    }
    case 'pin': {
      const node = nodes[message.index];
      if (!node) return;
      node.fx = message.fx;
      node.fy = message.fy;
      if (message.fx != null && message.fy != null) [node.x, node.y] = [message.fx, message.fy];
      break;
    }
    case 'alphaTarget':
      layout.alphaTarget(message.value);
      wake();
      break;
    case 'heat':
      layout.alpha(Math.max(layout.alpha(), message.alpha));
      wake();
      break;
  }
};
