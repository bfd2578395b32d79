/**
 * How the staff's household form reaches the API (the form takes one of these and never names a document itself).
 * The resident's form in steps has its own, the self-report mutations (pages/ResidentSteps.tsx), so that nothing
 * here is in a resident's download.
 */
import {
  CreatePersonDocument,
  type CreatePersonInput,
  type HouseholdFieldsFragment,
  type PersonFieldsFragment,
  SaveHouseholdDocument,
  type SaveHouseholdInput,
  SubmitHouseholdDocument,
  UpdateHouseholdDocument,
  type UpdateHouseholdInput,
  UpdatePersonDocument,
  type UpdatePersonInput,
  WebHouseholdDocument,
} from '@census/client';

import type { Request } from './app-context';
import type { UserErrorLike } from './household-form';

/** What the form edits: the household items and its persons. */
export type FormHousehold = HouseholdFieldsFragment & { persons: readonly PersonFieldsFragment[] };

export interface Outcome {
  userErrors: readonly UserErrorLike[];
}

export interface PersonOutcome extends Outcome {
  person?: PersonFieldsFragment | null;
}

export interface SaveOutcome extends Outcome {
  /** The household as saved, with its persons; null when refused. */
  household?: FormHousehold | null;
}

export interface FormOperations {
  /**
   * The whole form in one request, all or nothing (staff). Without it the form sends the household and each person
   * by itself (the resident's self-report mutations).
   */
  saveHousehold?: (input: SaveHouseholdInput) => Promise<SaveOutcome>;
  updateHousehold(input: UpdateHouseholdInput): Promise<Outcome>;
  updatePerson(input: UpdatePersonInput): Promise<PersonOutcome>;
  createPerson(input: CreatePersonInput): Promise<PersonOutcome>;
  /** Submits the household as it now stands on the server (with the version the saves left behind). */
  submit(householdId: string, fallbackVersion: number): Promise<Outcome>;
}

export function staffOperations(request: Request): FormOperations {
  return {
    saveHousehold: async (input) => (await request(SaveHouseholdDocument, { input })).saveHousehold,
    updateHousehold: async (input) => (await request(UpdateHouseholdDocument, { input })).updateHousehold,
    updatePerson: async (input) => (await request(UpdatePersonDocument, { input })).updatePerson,
    createPerson: async (input) => (await request(CreatePersonDocument, { input })).createPerson,
    submit: async (id, fallbackVersion) => {
      const { node } = await request(WebHouseholdDocument, { id });
      const version = node?.__typename === 'Household' ? node.version : fallbackVersion;
      return (await request(SubmitHouseholdDocument, { input: { id, expectedVersion: version } }))
        .submitHousehold;
    },
  };
}
