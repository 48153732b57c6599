// Loads the viewer (a file of its own: the server's Content-Security-Policy allows no inline script).
import init from './dfakeseeder-web.js';
init({ module_or_path: './dfakeseeder-web_bg.wasm' });
