import { Check, Column, Entity, PrimaryColumn, type Relation } from 'typeorm';

import { zoneCodeColumn } from '../common/columns';
import { VersionedRow } from '../common/row';
import type { BoundaryGeometry } from './geojson';
import { Zone, ZoneReference } from './zone.entity';

/**
 * 区划边界: the outline of a zone drawn in zone mapping (划区绘图), a GeoJSON Polygon or MultiPolygon in WGS 84
 * longitude/latitude, with its bounding box. Reference data like the zone (not county-owned), one row per zone; kept
 * beside the zone rather than in it so that the many statements reading zones never carry outlines.
 */
@Entity({ name: 'zone_boundary' })
@Check('zone_boundary_box', `"west" <= "east" AND "south" <= "north"`)
@Check('zone_boundary_vertices', `"vertices" >= 4`)
export class ZoneBoundary extends VersionedRow {
  @PrimaryColumn(zoneCodeColumn('zone_code'))
  zoneCode!: string;

  @ZoneReference('zone_code', 'zone_boundary_zone_fk', { onDelete: 'CASCADE' })
  zone?: Relation<Zone>;

  /** The GeoJSON geometry as validated (two coordinates a position). */
  @Column({ type: 'jsonb' })
  geometry!: BoundaryGeometry;

  /** Bounding box: westmost longitude, southmost latitude, eastmost longitude, northmost latitude. */
  @Column({ type: 'double precision' })
  west!: number;

  @Column({ type: 'double precision' })
  south!: number;

  @Column({ type: 'double precision' })
  east!: number;

  @Column({ type: 'double precision' })
  north!: number;

  /** Positions of all rings together (closing positions included). */
  @Column({ type: 'integer' })
  vertices!: number;
}
