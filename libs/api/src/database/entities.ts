import { Building } from '../buildings/building.entity';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import { Zone } from '../zones/zone.entity';

/** Every TypeORM entity of the census schema; the migrations must create exactly these tables. */
export const ENTITIES = [Zone, Building, Household, Person];
