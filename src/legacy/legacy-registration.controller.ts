import {
  Body,
  type CallHandler,
  Controller,
  type ExecutionContext,
  Get,
  HttpCode,
  Inject,
  Injectable,
  type NestInterceptor,
  Post,
  Req,
  UseGuards,
} from '@nestjs/common';
import type { HttpRequest } from '../hardening/http.js';
import { catchError, type Observable, throwError } from 'rxjs';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { answerAs } from '../database/transactions.js';
import { Idempotent } from '../hardening/idempotency.interceptor.js';
import { addRequestLogFields } from '../hardening/request-logging.js';
import { RequestTimeout } from '../hardening/request-timeout.interceptor.js';
import { receivedFiles } from '../teams/form-upload.js';
import { RegistrationService } from '../teams/registration.service.js';
import { RegistrationOpenGuard } from '../teams/registration-window.js';
import { parseRegistrationForm } from '../teams/team-form.js';
import { inFrontendWords, LegacyFormMultipart, nativeForm } from './legacy-form.js';
import { LegacyTeamsRepository } from './legacy-teams.repository.js';
import { legacyRegistrationResult } from './legacy-views.js';
import { ApiChurchAvailability, ApiLegacyRegister, ApiLegacyTags } from './legacy.docs.js';

/**
 * Errors of the multipart reader (a file too large, an unknown file field), which runs before the
 * handler, in the front-end's words too. Errors of the handler are worded there, so that the answer an
 * idempotency key stores is the one sent.
 */
@Injectable()
class FrontendWords implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(catchError((error: unknown) => throwError(() => inFrontendWords(error, this.config))));
  }
}

/** The public part of the FastAPI-compatible API: the registration form and the church availability. */
@Controller()
// On the class: outside the route's own interceptors (the multipart reader among them).
@RequestTimeout(FrontendWords)
@ApiLegacyTags()
export class LegacyRegistrationController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RegistrationService) private readonly registrations: RegistrationService,
    @Inject(LegacyTeamsRepository) private readonly teams: LegacyTeamsRepository,
  ) {}

  @Post('api/register/team')
  @HttpCode(201)
  @UseGuards(RegistrationOpenGuard)
  @Idempotent(LegacyFormMultipart)
  @ApiLegacyRegister()
  async register(@Body() fields: Record<string, unknown>, @Req() req: HttpRequest) {
    try {
      const native = nativeForm(fields, receivedFiles(req));
      const form = parseRegistrationForm(native.fields, native.files, {
        requiredDocuments: this.config.documents.required.legacy,
        legacy: true,
      });
      const result = await answerAs(() => this.registrations.register(form), legacyRegistrationResult);
      addRequestLogFields(req, { team_id: result.team_id });
      return result;
    } catch (error) {
      throw inFrontendWords(error, this.config);
    }
  }

  /** Churches with their teams as the church limit counts them; `locked` at MAX_TEAMS_PER_CHURCH. */
  @Get('api/churches/availability')
  @ApiChurchAvailability()
  async churchAvailability() {
    const max = this.config.registration.maxTeamsPerChurch;
    const churches = (await this.teams.churchCounts()).map((c) => ({ ...c, locked: c.team_count >= max }));
    const locked = churches.filter((c) => c.locked).length;
    return {
      churches,
      summary: {
        total_churches: churches.length,
        locked_churches: locked,
        available_churches: churches.length - locked,
      },
    };
  }
}
