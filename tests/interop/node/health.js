// Asks a ContactSync server for its health (grpc.health.v1, no API key needed). Exit code 0 when SERVING.
// Usage: [CONTACTSYNC_ADDRESS=127.0.0.1:5180] node health.js
'use strict';

const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const address = process.env.CONTACTSYNC_ADDRESS || '127.0.0.1:5180';
const definition = protoLoader.loadSync('grpc/health/v1/health.proto', { keepCase: true, enums: String, defaults: true, includeDirs: [path.join(__dirname, '..', 'proto')] });
const { Health } = grpc.loadPackageDefinition(definition).grpc.health.v1;
new Health(address, grpc.credentials.createInsecure()).Check({ service: '' }, { deadline: Date.now() + 5000 }, (error, response) => {
  if (error) {
    console.error(`health: ${error.message}`);
    process.exit(1);
  }
  console.log(`health: ${response.status}`);
  process.exit(response.status === 'SERVING' ? 0 : 1);
});
