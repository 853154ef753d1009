import { test } from './fixtures.ts';
import { JOURNEYS } from './journeys.ts';
import { SIZES } from './reader-page.ts';

for (const journey of JOURNEYS) {
  for (const size of SIZES) {
    test(`${journey.name} (${size.name} ${size.width}×${size.height})`, async ({ open, ownSite }) => {
      const site = journey.ownSite ? await ownSite() : null;
      const page = await open(size, site?.origin);
      await journey.run(page, size, site);
    });
  }
}
