// Run-time settings. Deployment rewrites this file (dist/config.js); the app bundle stays the same.
window.__HOCVUSO_CONFIG__ = {
  apiBaseUrl: "http://localhost:8080",
};
