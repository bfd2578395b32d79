import type { DataSource } from 'typeorm';
import { createBuildingLoaders } from '../buildings/building.loaders';
import { BuildingService } from '../buildings/building.service';
import { createHouseholdLoaders } from '../households/household.loaders';
import { HouseholdService } from '../households/household.service';
import { createPersonLoaders } from '../persons/person.loaders';
import { PersonService } from '../persons/person.service';
import { createZoneLoaders } from '../zones/zone.loaders';
import { ZoneService } from '../zones/zone.service';

/** Services are stateless and shared by all requests. */
export function createServices(db: DataSource) {
  return {
    zones: new ZoneService(db),
    buildings: new BuildingService(db),
    households: new HouseholdService(db),
    persons: new PersonService(db),
  };
}

/** Every relation of the schema is read through one of these, created anew for each request. */
export function createLoaders(db: DataSource) {
  return {
    ...createZoneLoaders(db),
    ...createBuildingLoaders(db),
    ...createHouseholdLoaders(db),
    ...createPersonLoaders(db),
  };
}

export type Services = ReturnType<typeof createServices>;
export type Loaders = ReturnType<typeof createLoaders>;

export interface CensusContext {
  db: DataSource;
  services: Services;
  loaders: Loaders;
}
