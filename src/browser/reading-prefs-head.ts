/**
 * The one script that must run before the first paint, written into every page's <head>
 * (components/ReadingPrefsHead.astro). It applies the stored text size (字号) and contrast choice,
 * so there is no flash, and marks <html> with data-js (and data-speech where the browser has
 * speech synthesis), so that the controls which need JavaScript are laid out in the first paint
 * rather than moving the page when the module script runs (theme.css, the js: and speech:
 * variants). The controls that store the choices are in reading-preferences.ts (keys
 * 'reading-textSize', 'reading-contrast').
 *
 * Inline rather than a file of its own: a blocking file is one more request before anything
 * paints, and on HTTP/1.1 one more connection with its own TCP and TLS handshakes. The server's
 * Content-Security-Policy allows exactly this text by its SHA-256 (deploy/security-headers.ts),
 * which is why it is a fixed string, hand-minified: the bytes the browser hashes are these.
 * Changing it changes the hash, and the unit test of deploy/nginx.conf names the new value.
 */
export const readingPrefsHeadScript =
  "(function(){var d=document.documentElement.dataset;d.js='';if('speechSynthesis'in window)d.speech='';" +
  "try{var s=localStorage.getItem('reading-textSize'),c=localStorage.getItem('reading-contrast');" +
  "if(s=='large'||s=='xlarge')d.textSize=s;" +
  "if(c=='high'||c==null&&matchMedia('(prefers-contrast: more)').matches)d.contrast='high'}catch(e){}})();";
