// Both languages' messages ready before a test renders anything, as main.tsx loads them before the app's first render.
import { compileCatalogue } from '../../src/compile-messages';
import { LANGS, registerMessages } from '../../src/i18n';

for (const lang of LANGS) registerMessages(lang, compileCatalogue(lang));
