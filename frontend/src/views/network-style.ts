import type { StylesheetJson } from 'cytoscape';

// Cytoscape's style sheet for the network. Colours come from node data so that switching between region and
// community colouring only changes data, not the style sheet.
export const NETWORK_STYLE: StylesheetJson = [
  { selector: 'node', style: { 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 2, color: '#1d2327', 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'z-index-compare': 'manual', 'z-index': 10 } },
  { selector: 'node[kind = "force"]', style: { 'background-color': 'data(colour)', width: 16, height: 16, label: 'data(label)', 'font-size': 'data(fs)', 'text-outline-width': 'mapData(fs, 1, 100, 0.2, 20)', 'border-width': 1.5, 'border-color': '#ffffff' } },
  { selector: 'node[kind = "collaboration"]', style: { shape: 'diamond', 'background-color': '#37474f', width: 'data(size)', height: 'data(size)', label: 'data(short)', 'font-size': 'data(fs)', 'text-outline-width': 'mapData(fs, 1, 100, 0.2, 20)', color: '#37474f' } },
  { selector: 'node[scope = "bilateral"]', style: { 'background-color': '#78909c' } },
  { selector: 'node[kind = "region"]', style: { 'background-color': 'data(colour)', 'background-opacity': 0.07, 'border-color': 'data(colour)', 'border-width': 1.5, shape: 'round-rectangle', label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'font-size': 'data(fs)', 'font-weight': 'bold', color: 'data(colour)', padding: '12px' } },
  { selector: 'node[kind = "region-box"]', style: { 'background-color': 'data(colour)', 'background-opacity': 0.07, 'border-color': 'data(colour)', 'border-width': 1.5, shape: 'round-rectangle', width: 'data(w)', height: 'data(h)', label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-size': 'data(fs)', 'font-weight': 'bold', color: 'data(colour)', events: 'no', 'z-index': 0 } },
  { selector: 'node[kind = "region-node"]', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 12, 'font-weight': 'bold' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#9aa5ad', 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.8, 'z-index-compare': 'manual', 'z-index': 5 } },
  { selector: 'edge[role = "host"]', style: { width: 2.5, 'line-color': '#546e7a' } },
  { selector: 'edge[role = "lead"]', style: { width: 2, 'line-style': 'dashed', 'line-color': '#546e7a' } },
  { selector: 'edge[width]', style: { width: 'data(width)', label: 'data(label)', 'font-size': 9, 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
  // Labels that would overlap at the current zoom (views/network-view.ts places them).
  { selector: '.label-hidden', style: { label: '' } },
  { selector: '.faded', style: { opacity: 0.15 } },
  // The keyboard cursor: a thick ring in the focus colour, always on top, its label shown.
  { selector: 'node.cursor', style: { 'border-width': 5, 'border-color': '#ffbf47', 'border-style': 'solid', 'z-index': 30, label: 'data(label)' } },
  { selector: '.selected', style: { 'border-width': 4, 'border-color': '#111111', 'z-index': 20 } },
  { selector: '.hit', style: { 'border-width': 4, 'border-color': '#ffb300', 'font-weight': 'bold', 'z-index': 20 } },
  { selector: '.differs', style: { 'border-width': 3, 'border-color': '#111111', 'border-style': 'dashed' } },
  { selector: '.leaving', style: { 'background-color': '#9e9e9e', 'border-width': 4, 'border-color': '#b71c1c', 'border-style': 'double' } },
  { selector: '.isolated', style: { 'border-width': 4, 'border-color': '#d32f2f' } },
  { selector: '.paying', style: { 'border-width': 4, 'border-color': '#ef6c00' } },
  { selector: '.nonviable', style: { 'background-color': '#d32f2f', 'border-width': 3, 'border-color': '#7f0000', 'border-style': 'dashed' } },
  { selector: '.affected', style: { 'background-color': '#ef6c00' } },
];
