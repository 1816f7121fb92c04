// Turns a failed call into what the page shows: the status, the message, and the server's BadRequest field violations
// keyed by their path (e.g. "plan.field_mappings[3].google_field"), so each can be shown next to its field.
import { Code, ConnectError } from '@connectrpc/connect';
import { BadRequestSchema, ErrorInfoSchema } from '../gen/google/rpc/error_details_pb';

export interface ApiProblem {
  code: Code;
  codeName: string;
  message: string;
  violations: Record<string, string>;
  reason: string;
}

export function toProblem(error: unknown): ApiProblem {
  const err = ConnectError.from(error);
  const violations: Record<string, string> = {};
  for (const badRequest of err.findDetails(BadRequestSchema)) {
    for (const v of badRequest.fieldViolations) {
      violations[v.field] = violations[v.field] ? `${violations[v.field]} ${v.description}` : v.description;
    }
  }
  const info = err.findDetails(ErrorInfoSchema)[0];
  return { code: err.code, codeName: Code[err.code] ?? String(err.code), message: err.rawMessage, violations, reason: info?.reason ?? '' };
}

export function isUnauthenticated(problem: ApiProblem): boolean {
  return problem.code === Code.Unauthenticated;
}
