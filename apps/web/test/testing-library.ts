// findBy… and waitFor wait for what the page will show; on a loaded 2-core machine a lazily imported page can take
// longer than Testing Library's default second to arrive. The wait ends as soon as the expectation holds, so a long
// limit costs nothing when all is well: it only tells a slow machine from a page that never shows the thing.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 15_000 });
