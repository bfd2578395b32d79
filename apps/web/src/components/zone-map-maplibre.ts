/**
 * MapLibre GL JS, loaded only when a map is drawn (`import('./zone-map-maplibre')` from the map page): it stays out
 * of every other chunk. The style has NO tile source and no glyphs: a plain background, the zone's outline, its child
 * zones filled by progress and the buildings as coloured points, all GeoJSON from the API. Nothing is fetched from
 * any map service.
 */
import 'maplibre-gl/dist/maplibre-gl.css';

import {
  type GeoJSONSource,
  Map as MapLibreMap,
  type MapGeoJSONFeature,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

import type { MapData } from '../pages/map-data';

setWorkerUrl(workerUrl);

export interface MapHandlers {
  /** A building point was clicked (not while marking). */
  onBuilding(id: string): void;
  /** A child zone was clicked (not while marking). */
  onZone(code: string): void;
  /** The map was clicked while marking: the place, in WGS 84. */
  onPlace(longitude: number, latitude: number): void;
}

export interface MountedMap {
  update(data: MapData): void;
  setMarking(marking: boolean): void;
  setSelected(buildingId: string | null): void;
  dispose(): void;
}

/** Whether this browser can draw WebGL (MapLibre needs it). */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
type SourceData = Parameters<GeoJSONSource['setData']>[0];

/** Draws the map into `element`; null when WebGL is unavailable (the page says so and keeps its lists). */
export function mountZoneMap(
  element: HTMLElement,
  initial: MapData,
  handlers: MapHandlers,
): MountedMap | null {
  if (!webglAvailable()) return null;
  let marking = false;
  let data = initial;
  const map = new MapLibreMap({
    container: element,
    style: {
      version: 8,
      sources: {
        outline: { type: 'geojson', data: EMPTY },
        children: { type: 'geojson', data: EMPTY },
        buildings: { type: 'geojson', data: EMPTY },
      },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
        {
          id: 'children-fill',
          type: 'fill',
          source: 'children',
          paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.8 },
        },
        {
          id: 'children-line',
          type: 'line',
          source: 'children',
          paint: { 'line-color': '#5f5f5f', 'line-width': 1 },
        },
        {
          id: 'outline-line',
          type: 'line',
          source: 'outline',
          paint: { 'line-color': '#c8102e', 'line-width': 2.5 },
        },
        {
          id: 'buildings-selected',
          type: 'circle',
          source: 'buildings',
          filter: ['==', ['get', 'id'], ''],
          paint: { 'circle-radius': 12, 'circle-color': '#1a1a1a', 'circle-opacity': 0.35 },
        },
        {
          id: 'buildings',
          type: 'circle',
          source: 'buildings',
          paint: {
            'circle-radius': 7,
            'circle-color': ['get', 'colour'],
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 1.5,
          },
        },
      ],
    },
    ...(initial.bounds
      ? { bounds: initial.bounds, fitBoundsOptions: { padding: 24 } }
      : { center: [116.4, 39.9], zoom: 3 }),
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxPitch: 0,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.touchZoomRotate.disableRotation();
  let loaded = false;
  const draw = () => {
    if (!loaded) return;
    void map.getSource<GeoJSONSource>('outline')?.setData(data.outline as SourceData);
    void map.getSource<GeoJSONSource>('children')?.setData(data.children as SourceData);
    void map.getSource<GeoJSONSource>('buildings')?.setData(data.buildings as SourceData);
  };
  map.on('load', () => {
    loaded = true;
    draw();
  });
  // What is drawn, for people checking the page (and the browser test): how many building points are on screen.
  map.on('idle', () => {
    element.dataset.renderedBuildings = String(map.queryRenderedFeatures({ layers: ['buildings'] }).length);
    element.dataset.renderedZones = String(map.queryRenderedFeatures({ layers: ['children-fill'] }).length);
  });
  const first = (features: MapGeoJSONFeature[] | undefined) => features?.[0]?.properties ?? {};
  map.on('click', 'buildings', (event) => {
    if (marking) return;
    const { id } = first(event.features) as { id?: string };
    if (id) handlers.onBuilding(id);
  });
  map.on('click', 'children-fill', (event) => {
    if (marking) return;
    const { code } = first(event.features) as { code?: string };
    if (code) handlers.onZone(code);
  });
  map.on('click', (event) => {
    if (marking) handlers.onPlace(event.lngLat.lng, event.lngLat.lat);
  });
  for (const layer of ['buildings', 'children-fill']) {
    map.on('mouseenter', layer, () => {
      if (!marking) map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', layer, () => {
      if (!marking) map.getCanvas().style.cursor = '';
    });
  }
  return {
    update(next) {
      data = next;
      draw();
    },
    setMarking(on) {
      marking = on;
      map.getCanvas().style.cursor = on ? 'crosshair' : '';
    },
    setSelected(id) {
      map.setFilter('buildings-selected', ['==', ['get', 'id'], id ?? '']);
    },
    dispose() {
      map.remove();
    },
  };
}
