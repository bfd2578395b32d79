import type { DataSource } from 'typeorm';
import { AccountService } from '../accounts/account.service';
import { createAccountLoaders } from '../accounts/account.loaders';
import type { Authentication } from '../auth/authenticate';
import { Role } from '../accounts/role';
import { scopeOf, type Actor, type Principal } from '../auth/principal';
import type { Secrets } from '../auth/secrets';
import { createBuildingLoaders } from '../buildings/building.loaders';
import { BuildingService } from '../buildings/building.service';
import { createHouseholdLoaders } from '../households/household.loaders';
import { HouseholdService } from '../households/household.service';
import { createPersonLoaders } from '../persons/person.loaders';
import { PersonService } from '../persons/person.service';
import { createZoneLoaders } from '../zones/zone.loaders';
import { ZoneService } from '../zones/zone.service';

/** Services are stateless and shared by all requests. */
export function createServices(db: DataSource, secrets: Secrets) {
  return {
    accounts: new AccountService(db, secrets),
    zones: new ZoneService(db),
    buildings: new BuildingService(db),
    households: new HouseholdService(db),
    persons: new PersonService(db),
  };
}

/**
 * Every relation of the schema is read through one of these, created anew for each request and bound to the
 * caller's scope: rows outside it are never read, counted or returned.
 */
export function createLoaders(db: DataSource, principal: Principal) {
  const scope = scopeOf(principal);
  return {
    ...createAccountLoaders(db, scope, seesUnassignedAccounts(principal)),
    ...createZoneLoaders(db, scope),
    ...createBuildingLoaders(db, scope),
    ...createHouseholdLoaders(db, scope),
    ...createPersonLoaders(db, scope),
  };
}

export type Services = ReturnType<typeof createServices>;
export type Loaders = ReturnType<typeof createLoaders>;

export interface CensusContext {
  db: DataSource;
  services: Services;
  loaders: Loaders;
  auth: Authentication;
}

export function createContext(db: DataSource, services: Services, auth: Authentication): CensusContext {
  return { db, services, auth, loaders: createLoaders(db, auth.principal) };
}

/**
 * Accounts that hold no zone yet (new staff, supervisors whose scope comes from their enumerators) are visible to
 * the offices that hand out zones.
 */
export function seesUnassignedAccounts(principal: Principal): boolean {
  return (
    principal.kind === 'staff' &&
    (principal.role === Role.COUNTY_ADMIN || principal.role === Role.TOWNSHIP_OFFICER)
  );
}

/** The caller of a mutation as the services see it. */
export function actorOf(context: CensusContext): Actor {
  const { principal } = context.auth;
  return {
    scope: scopeOf(principal),
    accountId: principal.kind === 'staff' ? principal.accountId : null,
  };
}
