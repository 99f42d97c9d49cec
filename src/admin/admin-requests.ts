import { z } from 'zod';
import { addFieldErrors, AppError, type FieldErrors } from '../common/app-error.js';
import { TEAM_STATUSES, type TeamStatus } from '../teams/team.js';

export const SORT_KEYS = ['created_at', 'team_name', 'team_id'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const MAX_PAGE_SIZE = 100;
export const MAX_REASON_LENGTH = 500;
const MAX_SEARCH_LENGTH = 100;

/** Blank optional parameters (`?q=`, as a cleared search box sends) mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(
      z.number().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`),
    );
/** Control characters have no place in a search; NUL in particular is no valid PostgreSQL text. */
const NO_CONTROLS = /^[^\p{Cc}]*$/u;
/** Free text may break lines, but holds no other control character (and never NUL). */
const hasNoControlsButLines = (text: string) => NO_CONTROLS.test(text.replace(/[\t\n\r]/g, ''));

const searchText = z
  .string()
  .transform((v) => v.trim())
  .pipe(
    z
      .string()
      .max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`)
      .regex(NO_CONTROLS, 'contains control characters'),
  );

const teamListSchema = z.strictObject(
  {
    page: optional(wholeNumber(1, 1_000_000)).default(1),
    limit: optional(wholeNumber(1, MAX_PAGE_SIZE)).default(20),
    status: optional(z.enum(TEAM_STATUSES, `must be one of ${TEAM_STATUSES.join(', ')}`)),
    church: optional(searchText),
    q: optional(searchText),
    sort: optional(
      z
        .string()
        .regex(
          new RegExp(`^-?(${SORT_KEYS.join('|')})$`),
          `must be one of ${SORT_KEYS.join(', ')}, optionally with a leading -`,
        ),
    ).default('-created_at'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'is not a known parameter' : undefined) },
);

export interface TeamListQuery {
  page: number;
  limit: number;
  status?: TeamStatus;
  church?: string;
  q?: string;
  sort: { key: SortKey; descending: boolean };
}

/** `GET /admin/teams` parameters: every bad or unknown one is reported at once. */
export function parseTeamListQuery(query: Record<string, unknown>): TeamListQuery {
  const fieldErrors: FieldErrors = {};
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== 'string') fieldErrors[name] = 'must be given once';
  }
  const parsed = teamListSchema.safeParse(query);
  if (!parsed.success) addFieldErrors(fieldErrors, parsed.error);
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    throw AppError.validation(fieldErrors, 'Invalid query parameters');
  }
  const { sort, ...rest } = parsed.data;
  const descending = sort.startsWith('-');
  return { ...rest, sort: { key: (descending ? sort.slice(1) : sort) as SortKey, descending } };
}

const statusChangeSchema = z.strictObject(
  {
    reason: z
      .string('must be a string')
      .transform((v) => v.trim())
      .pipe(
        z
          .string()
          .max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`)
          .refine(hasNoControlsButLines, 'contains control characters'),
      )
      .optional(),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'is not a known field' : 'must be a JSON object'),
  },
);

/** The body of approve/reject: `{"reason"}`, trimmed; required (non-blank) when `reasonRequired`. */
export function parseStatusChange(body: unknown, reasonRequired: boolean): { reason?: string } {
  const parsed = statusChangeSchema.safeParse(body ?? {});
  const fieldErrors: FieldErrors = parsed.success ? {} : addFieldErrors({}, parsed.error);
  const reason = parsed.data?.reason || undefined;
  if (parsed.success && reasonRequired && !reason) fieldErrors.reason = 'is required to reject a team';
  if (Object.keys(fieldErrors).length > 0) throw AppError.validation(fieldErrors);
  return { reason };
}
