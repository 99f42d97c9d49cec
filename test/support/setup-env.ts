// Every response a test gets from an app in this process is checked against the OpenAPI document.
import './contract-recorder.js';

// Tests build their config from explicit env objects (see test-app.ts); nothing here reads .env.
process.env.NODE_ENV = 'test';
