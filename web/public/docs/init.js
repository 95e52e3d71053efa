// Starts Swagger UI on the server's own OpenAPI description. A separate file, not an inline script: the
// server's Content-Security-Policy allows scripts from 'self' only. "Try it out" sends the token of the
// user signed in to the web app (localStorage "auth_token"), if any.
(function () {
  "use strict";
  var target = document.getElementById("swagger-ui");
  if (typeof window.SwaggerUIBundle !== "function") {
    target.textContent = "The API reference viewer could not be loaded. The raw description is at /api/openapi.json.";
    return;
  }
  window.ui = window.SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    tryItOutEnabled: false,
    // No badge from the public validator service: the page contacts nothing but this server.
    validatorUrl: null,
    requestInterceptor: function (request) {
      var token = null;
      try {
        token = window.localStorage.getItem("auth_token");
      } catch {
        // Storage disabled: send no token.
      }
      if (token && !request.headers.Authorization) request.headers.Authorization = "Bearer " + token;
      return request;
    },
  });
})();
