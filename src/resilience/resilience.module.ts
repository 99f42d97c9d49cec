import { Global, Module } from '@nestjs/common';
import { CircuitBreakers } from './circuit-breakers.js';

/** The providers' circuit breakers, shared by storage, mail and status. */
@Global()
@Module({ providers: [CircuitBreakers], exports: [CircuitBreakers] })
export class ResilienceModule {}
