// The d3-force layout, as the layout worker runs it.
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type ForceLink,
  type ForceManyBody,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

export type LayoutNode = SimulationNodeDatum;
export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  distance: number;
}
export type Layout = Simulation<LayoutNode, LayoutLink>;

/** Above this many nodes the layout trades a little precision for time per tick. */
const LARGE_GRAPH = 1000;

export function createLayout(): Layout {
  return (
    forceSimulation<LayoutNode, LayoutLink>()
      .force('charge', forceManyBody<LayoutNode>().strength(-70).distanceMax(500))
      .force(
        'link',
        forceLink<LayoutNode, LayoutLink>().distance((l) => l.distance),
      )
      // Gentle pulls to the middle keep unconnected pieces on screen, where forceCenter would not.
      .force('x', forceX<LayoutNode>(0).strength(0.05))
      .force('y', forceY<LayoutNode>(0).strength(0.05))
      // Cold until a graph warms it: a laid-out graph loaded from a file stays as it was drawn.
      .alpha(0)
      .stop()
  );
}

export function setLayoutGraph(layout: Layout, nodes: LayoutNode[], links: LayoutLink[]): void {
  const large = nodes.length > LARGE_GRAPH;
  layout.nodes(nodes);
  layout.force<ForceLink<LayoutNode, LayoutLink>>('link')!.links(links);
  // Barnes–Hut with a coarser θ visits fewer cells per tick; faster cooling settles thousands
  // of nodes in ~230 ticks instead of ~300.
  layout.force<ForceManyBody<LayoutNode>>('charge')!.theta(large ? 1.2 : 0.9);
  layout.alphaDecay(large ? 0.03 : 0.0228);
}

/** Running while hot, or while a drag holds it warm. */
export const isRunning = (layout: Layout) => layout.alpha() >= layout.alphaMin() || layout.alphaTarget() > layout.alphaMin();
