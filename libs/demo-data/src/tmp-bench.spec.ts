import { generateSmallZones, syntheticCounty } from './index';
test('bench', () => {
  const zones = syntheticCounty('110108', 10, 150);
  const t0 = Date.now(); let persons = 0; let maxHeap = 0; let n = 0;
  for (const sz of generateSmallZones(zones)) { persons += sz.persons.length; if (++n % 200 === 0) maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed); }
  console.log({ persons, ms: Date.now() - t0, maxHeapMB: Math.round(maxHeap / 1e6), sample: zones.slice(0, 6).map((z) => z.name) });
}, 120000);
