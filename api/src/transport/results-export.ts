import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { OperationTypeNode } from 'graphql';
import { capabilityRefusal } from '../capabilities.js';
import type { WriteParts } from '../changes/commit.js';
import { DomainError, Unauthenticated } from '../errors.js';
import { bearerToken } from '../modules/accounts/service.js';
import type { Sessions } from '../modules/accounts/sessions.js';
import { exportResults, redeemExportLink } from '../modules/campaigns/export.js';
import type { Viewer } from '../viewer.js';
import type { Admission } from './admission.js';
import { clientAddress, sendDomainError, sendGraphQLError } from './http.js';
import { rateLimitHeaders } from './rate-limit.js';

/** `GET /campaigns/<id>/results.csv` */
export const RESULTS_EXPORT_PATH = /^\/campaigns\/([^/]+)\/results\.csv$/;

/**
 * A campaign's results as a CSV download, streamed with the socket's backpressure. Admitted like any
 * GraphQL request (bearer token, budgets, an API key's `read` capability), or by a download link's
 * `ticket` (single use, the address's budget); answered 401, 403 or 404 before a byte of CSV is sent.
 */
export async function sendResultsExport(
  req: IncomingMessage,
  res: ServerResponse,
  parts: { services: WriteParts & { sessions: Pick<Sessions, 'sessionViewer'> }; admission: Admission },
  campaignId: string,
  query: URLSearchParams,
): Promise<void> {
  const ticket = query.get('ticket');
  // The same filter as the results list: what a person sees filtered is what they download.
  const filter = { status: query.get('status') ?? undefined, search: query.get('search') ?? undefined };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendGraphQLError(res, 405, 'METHOD_NOT_ALLOWED', 'Download the export with GET');
  }
  const token = ticket === null ? bearerToken(req.headers.authorization) : undefined;
  const admitted = await parts.admission.admitRequest({ token, address: clientAddress(req), resuming: false });
  for (const [name, value] of Object.entries(rateLimitHeaders(admitted.budget))) res.setHeader(name, value);
  if (admitted.refusal) return sendDomainError(res, admitted.refusal);
  if (ticket !== null) {
    const viewer = await redeemExportLink(parts.services, ticket, campaignId);
    if (!viewer) return sendDomainError(res, new Unauthenticated('This download link was used already or has expired: export again'));
    return sendExport(req, res, parts.services, viewer, campaignId, filter);
  }
  const { viewer } = admitted;
  if (!viewer) return sendDomainError(res, new Unauthenticated());
  const refusal = capabilityRefusal(viewer, OperationTypeNode.QUERY, ['campaign']);
  if (refusal) return sendDomainError(res, refusal);
  return sendExport(req, res, parts.services, viewer, campaignId, filter);
}

async function sendExport(
  req: IncomingMessage,
  res: ServerResponse,
  services: WriteParts,
  viewer: Viewer,
  campaignId: string,
  filter: { status?: string; search?: string },
): Promise<void> {
  let opened: Awaited<ReturnType<typeof exportResults>>;
  try {
    opened = await exportResults(services, viewer, campaignId, filter);
  } catch (error) {
    if (error instanceof DomainError && error.extensions.code === 'NOT_FOUND') return sendGraphQLError(res, 404, 'NOT_FOUND', error.message);
    if (error instanceof DomainError && error.extensions.code === 'BAD_USER_INPUT') return sendDomainError(res, error);
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
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') services.logger.error({ err: error, campaignId }, 'results export ended early');
  });
}
