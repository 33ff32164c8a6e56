import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Serves `virtual:outline`: the coastlines around England and Wales as GeoJSON, cut out of Natural Earth's
 * 1:50m countries (the world-atlas package) at build time. Only the land inside the map's frame is kept, so
 * the page ships tens of kilobytes instead of the whole world, and nothing is fetched at run time.
 */
const VIRTUAL_ID = 'virtual:outline';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

// ISO 3166-1 numeric codes used by world-atlas: United Kingdom, Ireland, France, Isle of Man.
const KEPT = new Set(['826', '372', '250', '833']);
// Longitude/latitude frame around the British Isles; polygons outside it (e.g. overseas France) are dropped.
const FRAME = { west: -11, east: 3, south: 48, north: 61 };

const round = (p: Position): Position => [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];

function inFrame(ring: Position[]): boolean {
  return ring.some(([lon, lat]) => lon >= FRAME.west && lon <= FRAME.east && lat >= FRAME.south && lat <= FRAME.north);
}

function framed(f: Feature<Polygon | MultiPolygon>): Feature<MultiPolygon> {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = polygons.filter((poly) => inFrame(poly[0])).map((poly) => poly.map((ring) => ring.map(round)));
  return { type: 'Feature', id: f.id, properties: f.properties, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

export function loadOutline(): FeatureCollection<MultiPolygon> {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const kept = { ...countries, geometries: countries.geometries.filter((g) => KEPT.has(String(g.id))) };
  const collection = feature(topology, kept) as FeatureCollection<Polygon | MultiPolygon>;
  return { type: 'FeatureCollection', features: collection.features.map(framed) };
}

export function outlinePlugin(): Plugin {
  return {
    name: 'concordat-outline',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(loadOutline())};` : undefined),
  };
}
