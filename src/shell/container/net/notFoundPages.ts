/** nginx 1.29's 404 page (ngx_http_special_response.c, server_tokens on): CRLF line ends. */
export const NGINX_404 = '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.29.3</center>\r\n</body>\r\n</html>\r\n';

/** Apache httpd 2.4's 404 page (ap_send_error_response): LF line ends. */
export const HTTPD_404 = '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';

/** Whether the image's web server has a file at the request path: nginx and httpd serve their default pages only. */
export function servesPath(app: string | undefined, path: string): boolean {
  const p = path.replace(/[?#].*$/, '');
  if (app === 'nginx') return p === '/' || p === '/index.html' || p === '/50x.html';
  if (app === 'httpd') return p === '/' || p === '/index.html';
  return true;
}
