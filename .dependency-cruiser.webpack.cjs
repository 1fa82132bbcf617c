// The "@/" alias for dependency-cruiser, as WXT's tsconfig and Vite resolve it: the project's root.
const path = require('node:path');

module.exports = { resolve: { alias: { '@': path.resolve(__dirname) } } };
