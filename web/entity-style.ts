// How each kind of node and relation looks, shared by the canvas, the legend and the filters.
// Shape as well as colour tells kinds apart, so the picture reads without colour vision.
import { symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

export interface KindStyle {
  label: string;
  zh: string;
  colour: string;
  symbol: SymbolType;
}

export const KINDS: Record<string, KindStyle> = {
  PERSON: { label: 'Person', zh: '人物', colour: '#d9480f', symbol: symbolCircle },
  ORG: { label: 'Organisation', zh: '机构', colour: '#1864ab', symbol: symbolSquare },
  PLACE: { label: 'Place', zh: '地点', colour: '#2b8a3e', symbol: symbolTriangle },
  PROJECT: { label: 'Project', zh: '项目', colour: '#862e9c', symbol: symbolDiamond },
  ARTICLE: { label: 'Article', zh: '文章', colour: '#868e96', symbol: symbolWye },
};

const UNKNOWN_KIND: KindStyle = { label: 'Other', zh: '其他', colour: '#495057', symbol: symbolCircle };
export const kindStyle = (kind: string): KindStyle => KINDS[kind] ?? UNKNOWN_KIND;

export interface RelationStyle {
  label: string;
  colour: string;
  /** Canvas line dash; empty for a solid line. */
  dash: number[];
}

export const RELATIONS: Record<string, RelationStyle> = {
  HOLDS_POSITION: { label: 'Holds position', colour: '#e8590c', dash: [] },
  LOCATED_IN: { label: 'Located in', colour: '#37b24d', dash: [] },
  INVOLVED_IN: { label: 'Involved in', colour: '#9c36b5', dash: [] },
  PART_OF: { label: 'Part of', colour: '#1c7ed6', dash: [] },
  MENTIONED_IN: { label: 'Named in article', colour: '#ced4da', dash: [] },
  // Not an edge of the graph: a path's hop through an article that names both ends.
  SHARED_ARTICLE: { label: 'Named together', colour: '#868e96', dash: [4, 3] },
};

const UNKNOWN_RELATION: RelationStyle = { label: 'Related', colour: '#adb5bd', dash: [] };
export const relationStyle = (relation: string): RelationStyle => RELATIONS[relation] ?? UNKNOWN_RELATION;

/** Adds a kind's shape, centred on (x, y) with the given radius, to the context's current path. */
export function addSymbol(ctx: CanvasRenderingContext2D, symbol: SymbolType, x: number, y: number, radius: number): void {
  // d3's symbols draw around the origin; a translation added to the path is undone after.
  ctx.translate(x, y);
  symbol.draw(ctx, symbolArea(radius));
  ctx.translate(-x, -y);
}

/** A symbol's size is its area: every shape has the area of a circle of this radius. */
export const symbolArea = (radius: number) => Math.PI * radius * radius;

/** A small canvas showing a kind's shape, for the legend and filters. */
export function kindSwatch(kind: string, size = 14): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = canvas.height = size * ratio;
  canvas.style.width = canvas.style.height = `${size}px`;
  canvas.className = 'swatch';
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const style = kindStyle(kind);
    ctx.scale(ratio, ratio);
    ctx.beginPath();
    addSymbol(ctx, style.symbol, size / 2, size / 2, size / 2.6);
    ctx.fillStyle = style.colour;
    ctx.fill();
  }
  return canvas;
}

/** A short line in a relation's colour and dash, for the filters. */
export function relationSwatch(relation: string, width = 18, height = 10): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.className = 'swatch';
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const style = relationStyle(relation);
    ctx.scale(ratio, ratio);
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash(style.dash);
    ctx.beginPath();
    ctx.moveTo(1, height / 2);
    ctx.lineTo(width - 1, height / 2);
    ctx.stroke();
  }
  return canvas;
}
