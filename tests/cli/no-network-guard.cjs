// Preloaded (NODE_OPTIONS=--require) by tests/cli/offline.test.ts into the CLI and its worker
// threads: any attempt to open a connection or look up a host is written to the file named by
// QUIZWIRE_NETWORK_LOG and then fails, so a run that tries is seen even if it swallows the error.
'use strict';
const { appendFileSync } = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');

const log = process.env.QUIZWIRE_NETWORK_LOG;
function refuse(what) {
  return function () {
    appendFileSync(log, `${what}\n`);
    throw new Error(`network use refused by the test guard: ${what}`);
  };
}
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
dns.lookup = refuse('dns.lookup');
dns.promises.lookup = refuse('dns.promises.lookup');
globalThis.fetch = refuse('fetch');
