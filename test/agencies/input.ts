export { makeInput } from '../support/input.js';
