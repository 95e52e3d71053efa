// The MSW server that answers the app's requests in unit tests: the API is mocked at the network edge, so
// components run their real fetch code. Each test adds the handlers it needs with `server.use(...)`.
import { setupServer } from "msw/node";

export const server = setupServer();
