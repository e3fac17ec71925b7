import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { OperationTypeNode } from 'graphql';
import { capabilityRefusal } from '../capabilities.js';
import type { Writer } from '../changes/commit.js';
import { DomainError, Unauthenticated } from '../errors.js';
import { bearerToken } from '../modules/accounts/service.js';
import { exportResults } from '../modules/campaigns/export.js';
import type { Admission } from './admission.js';
import { clientAddress, sendDomainError, sendGraphQLError } from './http.js';
import { rateLimitHeaders } from './rate-limit.js';

/** `GET /campaigns/<id>/results.csv` */
export const RESULTS_EXPORT_PATH = /^\/campaigns\/([^/]+)\/results\.csv$/;

/**
 * A campaign's results as a CSV download, streamed with the socket's backpressure. Admitted like any
 * GraphQL request (bearer token, budgets, an API key's `read` capability); answered 401, 403 or 404
 * before a byte of CSV is sent.
 */
export async function sendResultsExport(
  req: IncomingMessage,
  res: ServerResponse,
  parts: { services: Writer; admission: Admission },
  campaignId: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendGraphQLError(res, 405, 'METHOD_NOT_ALLOWED', 'Download the export with GET');
  }
  const admitted = await parts.admission.admitRequest({ token: bearerToken(req.headers.authorization), address: clientAddress(req), resuming: false });
  for (const [name, value] of Object.entries(rateLimitHeaders(admitted.budget))) res.setHeader(name, value);
  if (admitted.refusal) return sendDomainError(res, admitted.refusal);
  const { viewer } = admitted;
  if (!viewer) return sendDomainError(res, new Unauthenticated());
  const refusal = capabilityRefusal(viewer, OperationTypeNode.QUERY, ['campaign']);
  if (refusal) return sendDomainError(res, refusal);
  let opened: Awaited<ReturnType<typeof exportResults>>;
  try {
    opened = await exportResults(parts.services, viewer, campaignId);
  } catch (error) {
    if (error instanceof DomainError && error.extensions.code === 'NOT_FOUND') return sendGraphQLError(res, 404, 'NOT_FOUND', error.message);
    throw error;
  }
  const filename = `${opened.campaign.name.replace(/[^\w.-]+/g, '-')}-results.csv`;
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') {
    opened.csv.destroy();
    return void res.end();
  }
  // Ends the response (and stops reading pages) if the client goes away or the database does.
  await pipeline(opened.csv, res).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') parts.services.logger.error({ err: error, campaignId }, 'results export ended early');
  });
}
