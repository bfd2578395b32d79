/**
 * The catalogue's messages put into words with their parameters' labels: what the server says, in the language of
 * the request. Apart from format.ts so that the web app's first screen, which formats its own texts only, carries
 * neither the labels nor the catalogue (they come with the server's messages).
 */
import { HOUSEHOLD_STAGE_LABELS, HOUSEHOLD_STATUS_LABELS, SEX_LABELS, ZONE_LEVEL_LABELS } from '../enums';
import { MESSAGE_CATALOGUE } from './catalogue';
import {
  formatCodedMessage,
  isMessageCode,
  type MessageLang,
  type MessageParams,
  type ParamLabels,
} from './format';
import { ITEM_LABELS, ROLE_LABELS } from './items';

/**
 * Parameters shown by a label rather than as given: an item key ('household.presentFemale') is shown as the form
 * names it (H2 现住女), a sex or a stage by its label in the chosen language.
 */
export const PARAM_LABELS: ParamLabels = {
  item: ITEM_LABELS,
  sex: SEX_LABELS,
  idSex: SEX_LABELS,
  stage: HOUSEHOLD_STAGE_LABELS,
  status: HOUSEHOLD_STATUS_LABELS,
  level: ZONE_LEVEL_LABELS,
  role: ROLE_LABELS,
};

/**
 * The text of a catalogue message in `lang`. An unknown code (a newer server than this client) or missing
 * parameters give `fallback` when there is one, else the code itself.
 */
export function formatMessage(
  lang: MessageLang,
  code: string,
  params: MessageParams = {},
  fallback?: string,
): string {
  return formatCodedMessage(
    {
      lookup: (known) => (isMessageCode(known) ? MESSAGE_CATALOGUE[known][lang] : undefined),
      labels: PARAM_LABELS,
    },
    lang,
    code,
    params,
    fallback,
  );
}
