// Every page is prerendered to a file: the atlas needs no server.
export const prerender = true;
export const trailingSlash = 'never';
