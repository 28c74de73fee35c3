import type { SanitizedConfig } from 'payload'

import { createServer } from 'node:http'
import { handleEndpoints } from 'payload'

export interface TestServer {
  close: () => Promise<void>
  url: string
}

/**
 * A real HTTP server in front of Payload's REST handler (the same one Next.js routes call), on a
 * loopback port. `instanceKey` picks which Payload instance (and so which connection pool) serves.
 */
export const startHttpServer = async (
  config: Promise<SanitizedConfig>,
  instanceKey?: string,
): Promise<TestServer> => {
  const server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) {
        chunks.push(chunk as Buffer)
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') {
          headers.set(name, value)
        }
      }
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
        headers,
        method: req.method,
      })
      const response = await handleEndpoints({ config, payloadInstanceCacheKey: instanceKey, request })
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(599)
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    url: `http://127.0.0.1:${port}`,
  }
}
