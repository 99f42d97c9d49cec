// Tests build their config from explicit env objects (see app-harness.ts); nothing here reads .env.
process.env.NODE_ENV = 'test';
