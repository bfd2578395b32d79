import { Router } from 'express';

import { rowIdOf } from '../common/global-id';
import type { ExportService } from './export.service';
import type { ExportLinks } from './export-links';
import type { ExportRunner } from './export-runner';

const CONTENT_TYPES: Record<string, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/**
 * `GET /exports/<job id>/<file>?expires=..&signature=..`: the file of a finished export, for whoever holds a valid
 * signed link (no token: the link is the credential, valid 15 minutes). Ranges are supported, so an interrupted
 * download resumes where it stopped; `X-Checksum-SHA256` carries the file's checksum.
 */
export function exportRoutes(exports: ExportService, links: ExportLinks, runner: ExportRunner): Router {
  const router = Router();
  router.get('/exports/:jobId/:name', async (req, res, next) => {
    try {
      const { jobId, name } = req.params;
      const refused = links.check(jobId, name, req.query.expires, req.query.signature);
      if (refused) {
        res.status(403).json({ error: refused });
        return;
      }
      const rowId = rowIdOf(jobId, 'ExportJob');
      const job = rowId ? await exports.jobFiles(rowId) : undefined;
      const file = job?.files.find((candidate) => candidate.name === name);
      if (!job || !file || job.status !== 'COMPLETED') {
        res.status(410).json({ error: 'This export file is no longer available; start a new export.' });
        return;
      }
      const extension = name.slice(name.lastIndexOf('.') + 1);
      res.sendFile(
        runner.fileOf(rowId!, name),
        {
          headers: {
            'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
            'Content-Disposition': `attachment; filename="${name}"`,
            'X-Checksum-SHA256': file.sha256,
            'Cache-Control': 'private, no-store',
          },
          acceptRanges: true,
          lastModified: false,
          // The export folder usually lies in .data/: the default would refuse any path with a dot segment.
          dotfiles: 'allow',
        },
        (error) => {
          if (error && !res.headersSent) next(error);
        },
      );
    } catch (error) {
      next(error);
    }
  });
  return router;
}
