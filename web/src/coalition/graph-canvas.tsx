/**
 * The coalition drawn with Cytoscape.js. Supporters and opponents differ in colour AND line style
 * (solid with an arrow, dashed with a bar), so the drawing reads without colour; the lists beside
 * it say the same in text for screen readers and keyboard users.
 */
import cytoscape, { type Core, type StylesheetJson } from "cytoscape";
import { useEffect, useRef } from "react";
import type { CoalitionGraph } from "./build-graph";

export const COLOURS = {
  supports: "#1b7f3b",
  opposes: "#b3261e",
  speaks: "#5b6472",
  candidate: "#1f3a8a",
  undeclared: "#8a8f98",
};

const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-family": "Inter, system-ui, sans-serif",
      "font-size": 13,
      color: "#1d232b",
      "text-valign": "bottom",
      "text-margin-y": 6,
      "text-wrap": "wrap",
      "text-max-width": "120px",
      "background-color": "#ffffff",
      "border-width": 3,
      "border-color": COLOURS.speaks,
      width: 26,
      height: 26,
    },
  },
  { selector: "node.candidate", style: { "background-color": COLOURS.candidate, "border-color": COLOURS.candidate, width: 44, height: 44, "font-size": 15, "font-weight": 600 } },
  { selector: "node.supports", style: { "border-color": COLOURS.supports, shape: "ellipse" } },
  { selector: "node.opposes", style: { "border-color": COLOURS.opposes, "border-style": "dashed", shape: "round-rectangle" } },
  { selector: "node.speaker", style: { shape: "diamond", "border-width": 2, width: 22, height: 22 } },
  { selector: "node.country", style: { "background-color": "#eef2f7" } },
  { selector: "node.changed", style: { "border-width": 7, "border-style": "double" } },
  {
    selector: "node.group",
    style: {
      "background-color": "#f6f7f9",
      "border-color": COLOURS.undeclared,
      "border-width": 1,
      "border-style": "dotted",
      "text-valign": "top",
      "text-margin-y": -6,
      shape: "round-rectangle",
      padding: "18px",
      color: "#3c434d",
    },
  },
  { selector: "node.undeclared", style: { "border-color": COLOURS.undeclared, "border-width": 1, width: 12, height: 12, "font-size": 11, color: "#3c434d" } },
  {
    selector: "edge",
    style: {
      width: 3,
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      "arrow-scale": 1.3,
    },
  },
  { selector: "edge.supports", style: { "line-color": COLOURS.supports, "target-arrow-color": COLOURS.supports, "line-style": "solid" } },
  {
    selector: "edge.opposes",
    style: { "line-color": COLOURS.opposes, "target-arrow-color": COLOURS.opposes, "line-style": "dashed", "line-dash-pattern": [9, 5], "target-arrow-shape": "tee" },
  },
  {
    selector: "edge.speaks-for",
    style: {
      width: 2,
      "line-color": COLOURS.speaks,
      "target-arrow-color": COLOURS.speaks,
      "line-style": "dotted",
      "target-arrow-shape": "vee",
      label: "data(label)",
      "font-size": 10,
      color: "#3c434d",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 1,
    },
  },
  { selector: ":selected", style: { "overlay-color": "#b45309", "overlay-opacity": 0.25, "overlay-padding": 6 } },
];

/** Marks the first drawing of a coalition in this page load (read by the browser test). */
function markFirstRender(): void {
  if (performance.getEntriesByName("coalition-graph-rendered").length === 0) performance.mark("coalition-graph-rendered");
}

export interface GraphCanvasProps {
  graph: CoalitionGraph;
  selected: string | null;
  onSelect(id: string | null): void;
  /** Said to screen readers in place of the drawing. */
  description: string;
}

export function GraphCanvas({ graph, selected, onSelect, description }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: STYLE,
      layout: { name: "preset" },
      minZoom: 0.3,
      maxZoom: 3,
      autoungrabify: true,
      boxSelectionEnabled: false,
    });
    instance.on("tap", "node, edge", (event) => {
      const id = event.target.id() as string;
      select.current(id.startsWith("group|") ? null : id);
    });
    instance.on("tap", (event) => {
      if (event.target === instance) select.current(null);
    });
    cy.current = instance;
    // The panel beside the graph opens and closes: keep the drawing fitted to its box.
    const resized = new ResizeObserver(() => {
      instance.resize();
      instance.fit(undefined, 30);
    });
    resized.observe(container.current!);
    // The test hook: the browser test reads element positions to click an edge.
    (container.current as HTMLDivElement & { cy?: Core }).cy = instance;
    return () => {
      resized.disconnect();
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().remove();
      instance.add([...graph.nodes, ...graph.edges]);
    });
    instance.fit(undefined, 30);
    instance.one("render", markFirstRender);
  }, [graph]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.elements().unselect();
    if (selected) instance.getElementById(selected).select();
  }, [selected, graph]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={description} data-testid="coalition-graph" />;
}
