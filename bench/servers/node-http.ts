// Bare node:http returning a fixed JSON body: the floor for any HTTP server on this machine.
import { serveParent } from '../lib/child.js';
import { listenOnLoopback } from '../lib/listen.js';

const body = JSON.stringify({ data: { rooms: [] } });
const { url } = await listenOnLoopback((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
});
serveParent({ url });
