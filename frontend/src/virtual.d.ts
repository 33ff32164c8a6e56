declare module 'virtual:outline' {
  import type { FeatureCollection, MultiPolygon } from 'geojson';
  const outline: FeatureCollection<MultiPolygon, { name: string }>;
  export default outline;
}

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
