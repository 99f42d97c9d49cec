// Tests build their config from explicit env objects (see test-app.ts); nothing here reads .env.
process.env.NODE_ENV = 'test';
